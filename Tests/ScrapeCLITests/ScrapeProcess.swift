// Runs the built `scrape` binary the way a shell does, capturing what it prints.
import Foundation

struct ScrapeProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `scrape` executable built beside this test bundle.
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var folder = testBinary.deletingLastPathComponent()
        // The test binary may sit inside a `.xctest` bundle folder.
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("scrape").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("scrape")
    }()

    /// Runs `scrape` with arguments, optional standard input, and standard output sent to a file
    /// (or to `stdoutPath`, such as `/dev/full`).
    static func run(_ arguments: [String], stdin: Data? = nil, stdoutPath: String? = nil) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("scrape-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = stdoutPath ?? scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path
        if stdoutPath == nil { FileManager.default.createFile(atPath: outPath, contents: nil) }
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let inputPath = scratch.appendingPathComponent("in").path
        FileManager.default.createFile(atPath: inputPath, contents: stdin ?? Data())
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
        try process.run()
        process.waitUntilExit()
        let stdout = stdoutPath == nil ? (try String(contentsOfFile: outPath, encoding: .utf8)) : ""
        return Outcome(status: process.terminationStatus, stdout: stdout, stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }
}
