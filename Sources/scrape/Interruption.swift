// Ctrl-C in a batch: the first stops handing out pages, the second stops at once.
import Dispatch
import Foundation
import Synchronization

/// Whether the run has been asked to stop, by Ctrl-C or by `--fail-fast`.
final class Interruption: Sendable {
    /// Why the run stops early.
    enum Reason: Int, Sendable {
        case none = 0, signal, failFast, outputFailed
    }

    private let state = Atomic<Int>(0)
    private let signals = Atomic<Int>(0)
    private nonisolated(unsafe) static var sources: [any DispatchSourceSignal] = []

    /// The reason the run stops, or `.none`.
    var reason: Reason { Reason(rawValue: state.load(ordering: .acquiring)) ?? .none }

    var isRequested: Bool { reason != .none }

    /// Asks the run to stop handing out pages.
    func request(_ reason: Reason) {
        _ = state.compareExchange(expected: 0, desired: reason.rawValue, ordering: .acquiringAndReleasing)
    }

    /// Watches SIGINT and SIGTERM. A first Ctrl-C (SIGINT) asks the run to finish the pages in
    /// progress; a second, or SIGTERM (what `timeout`, `kill` and job schedulers send, expecting
    /// an end), removes the temporary files being written and exits at once.
    static func watchingSignals() -> Interruption {
        let interruption = Interruption()
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if number == SIGTERM {
                    TemporaryFiles.removeAll()
                    _exit(128 + SIGTERM)
                }
                if interruption.signals.add(1, ordering: .relaxed).newValue == 1 {
                    interruption.request(.signal)
                    let note = "scrape: interrupted: finishing the pages in progress (interrupt again to stop at once)\n"
                    FileHandle.standardError.write(Data(note.utf8))
                } else {
                    TemporaryFiles.removeAll()
                    _exit(ExitStatus.interrupted)
                }
            }
            source.resume()
            sources.append(source)
        }
        return interruption
    }
}
