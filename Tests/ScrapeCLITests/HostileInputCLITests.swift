// Hostile input (issue #9): every page gets an article or a one-line error with a documented exit
// code, in bounded time and memory; never a signal, a hang, an expanded entity or a read local file.
import Foundation
import Testing

@Suite(.serialized) struct HostileInputCLITests {
    /// The bound on one page. The debug build that `swift test` runs is several times slower than
    /// the release build users run, which must meet the 10 s (`swift test -c release`).
    #if DEBUG
    static let timeBound = 30.0
    #else
    static let timeBound = 10.0
    #endif
    static let memoryBound = 1 << 30

    static let scratch: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrape-hostile-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(HostilePages.localSecret.utf8).write(to: folder.appendingPathComponent("secret.txt"))
        return folder
    }()

    static let pages = HostilePages.all(localFile: scratch.appendingPathComponent("secret.txt").path)

    @Test(arguments: pages)
    func isAnsweredWithinBounds(_ page: HostilePage) throws {
        let file = Self.scratch.appendingPathComponent("page.\(page.fileExtension)")
        try Data(page.bytes()).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let outcome = try ScrapeProcess.run(page.arguments + ["-f", "jsonl", file.path])
        // The peak is an upper bound: a spawned child starts out sharing the test process's memory.
        print(String(format: "hostile input: %@: exit %d in %.2f s, peak memory at most %d MB", page.name, outcome.status, outcome.seconds,
                     outcome.peakMemoryBytes >> 20))

        #expect(page.allowedExits.contains(outcome.status), "exit \(outcome.status): \(outcome.stderr)")
        if outcome.status == 0 {
            #expect(outcome.stdout.hasPrefix("{"))
        } else {
            let lines = outcome.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("scrape: error: "), "stderr: \(outcome.stderr.prefix(500))")
        }
        #expect(outcome.seconds < Self.timeBound, "took \(outcome.seconds) s")
        #expect(outcome.peakMemoryBytes < Self.memoryBound, "peak memory \(outcome.peakMemoryBytes >> 20) MB")
        if let forbidden = page.forbiddenOutput {
            #expect(!outcome.stdout.contains(forbidden))
        }
    }

    /// In a folder: the good page is extracted, and an unreadable file, a FIFO and a symbolic link
    /// loop are each reported on their own line without stopping or hanging the batch.
    @Test func aBatchReportsUnreadableFilesFIFOsAndLinkLoops() throws {
        let folder = Self.scratch.appendingPathComponent("batch-\(UUID().uuidString)")
        let output = Self.scratch.appendingPathComponent("out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ScrapeCLITests.seed, toPath: folder.appendingPathComponent("good.html").path)
        let locked = folder.appendingPathComponent("locked.html").path
        if geteuid() == 0 {
            // Permissions do not stop root; a file whose read fails does.
            try FileManager.default.createSymbolicLink(atPath: locked, withDestinationPath: "/proc/self/mem")
        } else {
            try Data("<p>secret</p>".utf8).write(to: URL(fileURLWithPath: locked))
            chmod(locked, 0)
        }
        #expect(mkfifo(folder.appendingPathComponent("fifo.html").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop.html").path, withDestinationPath: "loop.html")

        let outcome = try ScrapeProcess.run(["-q", "-o", output.path, folder.path])

        #expect(outcome.status == 1, "stderr: \(outcome.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("good.json").path))
        let errors = outcome.stderr.split(separator: "\n")
        #expect(errors.count == 3, "stderr: \(outcome.stderr)")
        for name in ["locked.html", "fifo.html", "loop.html"] {
            #expect(errors.contains { $0.contains(name) }, "no error line for \(name)")
        }
        let report = try String(contentsOf: output.appendingPathComponent("_errors.jsonl"), encoding: .utf8)
        #expect(report.split(separator: "\n").count == 3)
    }
}
