// Running an operation against the clock, returning on time even when the operation does not stop.
import NIOConcurrencyHelpers

/// Runs `operation` and returns its result, or throws `timeoutError` after `seconds`.
///
/// A task group would wait for a cancelled child to finish, and a response body being streamed does
/// not stop at cancellation; so the operation runs in its own task, is cancelled at the limit, and
/// is not waited for.
func withTimeLimit<T: Sendable>(seconds: Double, timeoutError: any Error & Sendable,
                                _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    let work = Task { try await operation() }
    let outcome = FirstOutcome<T>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            outcome.wait(with: continuation)
            let timer = Task {
                try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
                work.cancel()
                outcome.finish(.failure(timeoutError))
            }
            Task {
                let result = await work.result
                timer.cancel()
                outcome.finish(result)
            }
        }
    } onCancel: {
        work.cancel()
    }
}

/// Resumes a continuation with whichever outcome comes first, exactly once.
private final class FirstOutcome<T: Sendable>: Sendable {
    // A pthread mutex (NIO's), which the thread sanitizer sees, unlike the standard library's Mutex.
    private let continuation = NIOLockedValueBox<CheckedContinuation<T, any Error>?>(nil)

    func wait(with continuation: CheckedContinuation<T, any Error>) {
        self.continuation.withLockedValue { $0 = continuation }
    }

    func finish(_ result: Result<T, any Error>) {
        let waiting = continuation.withLockedValue { stored -> CheckedContinuation<T, any Error>? in
            defer { stored = nil }
            return stored
        }
        waiting?.resume(with: result)
    }
}
