// A minimal JSON value with deterministic, sorted-key serialization.

/// A JSON value. Objects serialize with their keys sorted, so output never depends on hashing
/// and golden files do not churn.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// `.string` for a value, `.null` for `nil`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Compact JSON on one line (for `jsonl`).
    public var compact: String {
        var output: [UInt8] = []
        write(to: &output, indent: nil, level: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// JSON indented by two spaces.
    public var pretty: String {
        var output: [UInt8] = []
        write(to: &output, indent: Array("  ".utf8), level: 0)
        return String(decoding: output, as: UTF8.self)
    }

    // Written as UTF-8 bytes: appending to a String costs a check of each piece, and a batch
    // writes one document per page.
    // Iteration would be needed only for nesting deeper than an article's blocks ever go (three levels).
    private func write(to output: inout [UInt8], indent: [UInt8]?, level: Int) {
        switch self {
        case .null: output += "null".utf8
        case let .bool(value): output += (value ? "true" : "false").utf8
        case let .number(value): output += String(value).utf8
        case let .string(value): JSONValue.writeString(value, to: &output)
        case let .array(values):
            if values.isEmpty { output += "[]".utf8; return }
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(&output, indent, level + 1)
                value.write(to: &output, indent: indent, level: level + 1)
            }
            newline(&output, indent, level)
            output.append(UInt8(ascii: "]"))
        case let .object(members):
            if members.isEmpty { output += "{}".utf8; return }
            output.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(&output, indent, level + 1)
                JSONValue.writeString(key, to: &output)
                output += (indent == nil ? ":" : ": ").utf8
                members[key]!.write(to: &output, indent: indent, level: level + 1)
            }
            newline(&output, indent, level)
            output.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ output: inout [UInt8], _ indent: [UInt8]?, _ level: Int) {
        guard let indent else { return }
        output.append(UInt8(ascii: "\n"))
        for _ in 0..<level { output += indent }
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped, the rest
    /// (including non-ASCII text) as UTF-8, which keeps Chinese readable in the output.
    static func writeString(_ value: String, to output: inout String) {
        var bytes: [UInt8] = []
        writeString(value, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    static func writeString(_ value: String, to output: inout [UInt8]) {
        var value = value
        output.append(UInt8(ascii: "\""))
        value.withUTF8 { bytes in
            // Runs that need no escape are copied whole; only the bytes that do are looked at one by one.
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // The bytes that never need an escape, passed over without the switch below.
                if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0xE2 {
                    index += 1
                    continue
                }
                var length = 1
                let escape: String?
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2:
                    // U+2028 and U+2029 end lines in JavaScript.
                    if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                        escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        length = 3
                    } else {
                        escape = nil
                    }
                default:
                    escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output += escape.utf8
                index += length
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
