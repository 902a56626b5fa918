// Politeness in a batch of addresses: a few connections per host, and an optional pause between requests.
import Foundation

/// Lets at most `perHost` fetches run at once against one host, starting them at least `delay`
/// seconds apart.
actor HostGate {
    private let perHost: Int
    private let delay: Double
    private var active: [String: Int] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]
    private var nextStart: [String: ContinuousClock.Instant] = [:]

    init(perHost: Int, delay: Double) {
        self.perHost = max(1, perHost)
        self.delay = max(0, delay)
    }

    /// Waits for a turn at `host`.
    func enter(_ host: String) async {
        while active[host, default: 0] >= perHost {
            await withCheckedContinuation { waiting[host, default: []].append($0) }
        }
        active[host, default: 0] += 1
        guard delay > 0 else { return }
        let now = ContinuousClock.now
        let slot = max(now, nextStart[host] ?? now)
        // Reserve the slot before sleeping, so the next caller queues behind it.
        nextStart[host] = slot + .milliseconds(Int64(delay * 1000))
        if slot > now { try? await Task.sleep(until: slot, clock: .continuous) }
    }

    /// Ends a turn at `host`.
    func leave(_ host: String) {
        active[host, default: 1] -= 1
        if var queue = waiting[host], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[host] = queue.isEmpty ? nil : queue
            next.resume()
        }
    }
}
