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
        var output = ""
        write(to: &output, indent: nil, level: 0)
        return output
    }

    /// JSON indented by two spaces.
    public var pretty: String {
        var output = ""
        write(to: &output, indent: "  ", level: 0)
        return output
    }

    // Iteration would be needed only for nesting deeper than an article's blocks ever go (three levels).
    private func write(to output: inout String, indent: String?, level: Int) {
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .number(value): output += String(value)
        case let .string(value): JSONValue.writeString(value, to: &output)
        case let .array(values):
            if values.isEmpty { output += "[]"; return }
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                newline(&output, indent, level + 1)
                value.write(to: &output, indent: indent, level: level + 1)
            }
            newline(&output, indent, level)
            output += "]"
        case let .object(members):
            if members.isEmpty { output += "{}"; return }
            output += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                newline(&output, indent, level + 1)
                JSONValue.writeString(key, to: &output)
                output += indent == nil ? ":" : ": "
                members[key]!.write(to: &output, indent: indent, level: level + 1)
            }
            newline(&output, indent, level)
            output += "}"
        }
    }

    private func newline(_ output: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        output += "\n"
        for _ in 0..<level { output += indent }
    }

    /// Writes a JSON string literal: quotes, backslashes and control characters escaped, the rest
    /// (including non-ASCII text) as UTF-8, which keeps Chinese readable in the output.
    static func writeString(_ value: String, to output: inout String) {
        output.unicodeScalars.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.unicodeScalars.append("\"")
    }
}
