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
            let raw = UnsafeRawBufferPointer(bytes)
            while index < bytes.count {
                // Eight bytes at a time past those that need no look, most of any text.
                if index + 8 <= bytes.count, !JSONValue.mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
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

    /// Whether one of eight bytes is a control character, a quote, a backslash or 0xE2 (which
    /// opens U+2028 and U+2029): a byte below 0x20 makes `chunk - 0x20…` borrow into its high bit,
    /// an equal byte makes the exclusive or zero.
    @inline(__always)
    private static func mayNeedEscape(_ chunk: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highBits != 0 }
        return (chunk &- 0x2020_2020_2020_2020) & ~chunk & highBits != 0
            || hasZeroByte(chunk ^ 0x2222_2222_2222_2222) || hasZeroByte(chunk ^ 0x5C5C_5C5C_5C5C_5C5C)
            || hasZeroByte(chunk ^ 0xE2E2_E2E2_E2E2_E2E2)
    }
}
