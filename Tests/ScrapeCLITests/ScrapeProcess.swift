// Runs the built `scrape` binary the way a shell does, capturing what it prints.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct ScrapeProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Wall-clock time from start to exit.
        var seconds: Double = 0
        /// The process's peak resident memory.
        var peakMemoryBytes: Int = 0
    }

    /// The `scrape` executable built beside this test bundle, or the one `SCRAPE_EXECUTABLE` names
    /// (CI runs the batch tests against a thread-sanitized build that way).
    static let executable: String = {
        if let chosen = ProcessInfo.processInfo.environment["SCRAPE_EXECUTABLE"], !chosen.isEmpty { return chosen }
        let testBinary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var folder = testBinary.deletingLastPathComponent()
        // The test binary may sit inside a `.xctest` bundle folder.
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("scrape").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("scrape").path
    }()

    /// Runs `scrape` with arguments, optional standard input, and standard output sent to a file
    /// (or to `stdoutPath`, such as `/dev/full`).
    static func run(_ arguments: [String], stdin: Data? = nil, stdoutPath: String? = nil) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("scrape-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = stdoutPath ?? scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path
        let inputPath = scratch.appendingPathComponent("in").path
        FileManager.default.createFile(atPath: inputPath, contents: stdin ?? Data())
        let started = ContinuousClock.now
        var usage = rusage()
        let status = try wait(start(executable, arguments, stdin: inputPath, stdout: outPath, stderr: errPath), usage: &usage)
        let elapsed = ContinuousClock.now - started
        let stdout = stdoutPath == nil ? String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self) : ""
        return Outcome(status: status, stdout: stdout, stderr: try String(contentsOfFile: errPath, encoding: .utf8),
                       seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                       peakMemoryBytes: usage.ru_maxrss * 1024)
    }

    struct SpawnError: Error { let code: Int32 }

    /// Starts a program with its standard streams on files and waits for its exit status.
    ///
    /// posix_spawn and waitpid rather than Foundation's `Process`, whose exit monitoring on Linux
    /// was seen to hang a whole parallel test run.
    static func spawn(_ program: String, _ arguments: [String], stdin: String, stdout: String, stderr: String) throws -> Int32 {
        try wait(start(program, arguments, stdin: stdin, stdout: stdout, stderr: stderr))
    }

    /// Starts a program with its standard streams on files and returns its process id.
    static func start(_ program: String, _ arguments: [String], stdin: String, stdout: String, stderr: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        // The tests' servers are on 127.0.0.1; a proxy set for the machine must not stand between.
        let proxyNames: Set<String> = ["http_proxy", "https_proxy", "all_proxy", "no_proxy"]
        let environment = ProcessInfo.processInfo.environment.filter { !proxyNames.contains($0.key.lowercased()) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for entry in envp { free(entry) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard started == 0 else { throw SpawnError(code: started) }
        return pid
    }

    /// Waits for a started program and returns its exit status (128 + the signal when killed).
    static func wait(_ pid: pid_t) throws -> Int32 {
        var usage = rusage()
        return try wait(pid, usage: &usage)
    }

    /// Waits for a started program, filling in what it used; returns its exit status.
    static func wait(_ pid: pid_t, usage: inout rusage) throws -> Int32 {
        var status: Int32 = 0
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw SpawnError(code: errno) }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
