extension JSONPath {
    /// The components of a question's path as the assessor prints it: plain keys after dots and
    /// array indices in brackets (`$.exercises[0].launchDate`). Nil for anything else (a quoted
    /// key, a negative or missing index, text that is not a path), so a caller that writes into
    /// a file never follows a path it has misread.
    public static func components(parsing text: String) -> [Component]? {
        guard text.hasPrefix("$") else { return nil }
        var components: [Component] = []
        var rest = Substring(text.dropFirst())
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let key = rest.prefix(while: { $0 != "." && $0 != "[" })
                guard !key.isEmpty, key.allSatisfy(isKeyCharacter) else { return nil }
                components.append(.key(String(key)))
                rest = rest.dropFirst(key.count)
            } else if first == "[" {
                rest = rest.dropFirst()
                let digits = rest.prefix(while: \.isASCIIDigit)
                guard !digits.isEmpty, digits.count <= 9, let index = Int(digits),
                      rest.dropFirst(digits.count).first == "]" else { return nil }
                components.append(.index(index))
                rest = rest.dropFirst(digits.count + 1)
            } else {
                return nil
            }
        }
        return components
    }

    private static func isKeyCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
