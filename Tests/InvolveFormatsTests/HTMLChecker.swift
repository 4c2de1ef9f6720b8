/// A strict checker for the HTML the report writes: a small tokenizer, not a browser. It
/// reports unbalanced or mismatched tags, end tags on void elements, unquoted or duplicate
/// attributes, `<`, `>` or a stray `&` in text or attribute values, and self-closing tags
/// outside SVG. It also collects the elements, so tests can check headings, tables, ids and
/// links. (FoundationXML's XMLDocument was tried first: on Linux it prints libxml2's errors and
/// still accepts `<p>a < b</p>`, so it cannot be relied on here.)
struct HTMLChecker {
    struct Element {
        let name: String
        let attributes: [String: String]
        /// Names of the open elements around this one, outermost first.
        let ancestors: [String]
        /// Text directly and indirectly inside, filled in when the element closes.
        var text: String = ""
        /// Names of the element's child elements, in order.
        var children: [String] = []
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    static let rawTextElements: Set<String> = ["style", "script"]

    private(set) var problems: [String] = []
    private(set) var elements: [Element] = []
    private(set) var sawDoctype = false

    init(_ html: String) {
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var stack: [Int] = []   // indices into elements

        func problem(_ message: String) {
            let line = scalars[..<min(index, scalars.count)].filter { $0 == "\n" }.count + 1
            problems.append("line \(line): \(message)")
        }
        func starts(_ text: String, at position: Int) -> Bool {
            let target = Array(text.unicodeScalars)
            guard position + target.count <= scalars.count else { return false }
            for (offset, scalar) in target.enumerated() where String(scalars[position + offset]).lowercased() != String(scalar).lowercased() {
                return false
            }
            return true
        }
        func isNameStart(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        func isNameChar(_ scalar: Unicode.Scalar) -> Bool { isNameStart(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":" || scalar == "_" || scalar == "." }
        func addText(_ text: String) {
            for open in stack { elements[open].text += text }
        }
        /// Checks a character reference at `index` (which is at "&"); returns its length.
        func reference(at position: Int) -> Int? {
            var cursor = position + 1
            var body = ""
            while cursor < scalars.count, cursor - position < 12, scalars[cursor] != ";" {
                body.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            guard cursor < scalars.count, scalars[cursor] == ";" else { return nil }
            let named: Set<String> = ["amp", "lt", "gt", "quot", "apos", "nbsp"]
            if named.contains(body) { return cursor - position + 1 }
            if body.hasPrefix("#x"), body.count > 2, body.dropFirst(2).allSatisfy(\.isHexDigit) { return cursor - position + 1 }
            if body.hasPrefix("#"), body.count > 1, body.dropFirst().allSatisfy(\.isNumber) { return cursor - position + 1 }
            return nil
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                if starts("<!DOCTYPE html>", at: index) {
                    if !elements.isEmpty || sawDoctype { problem("a doctype after the start") }
                    sawDoctype = true
                    index += 15
                    continue
                }
                if starts("<!--", at: index) {
                    var cursor = index + 4
                    while cursor < scalars.count && !starts("-->", at: cursor) { cursor += 1 }
                    index = cursor + 3
                    continue
                }
                if index + 1 < scalars.count, scalars[index + 1] == "/" {
                    var cursor = index + 2
                    var name = ""
                    while cursor < scalars.count, isNameChar(scalars[cursor]) { name.unicodeScalars.append(scalars[cursor]); cursor += 1 }
                    guard cursor < scalars.count, scalars[cursor] == ">", !name.isEmpty else {
                        problem("a malformed end tag")
                        index += 1
                        continue
                    }
                    if Self.voidElements.contains(name) { problem("an end tag for the void element <\(name)>") }
                    if let open = stack.last, elements[open].name == name {
                        stack.removeLast()
                    } else {
                        problem("</\(name)> does not close the innermost open element <\(stack.last.map { elements[$0].name } ?? "none")>")
                    }
                    index = cursor + 1
                    continue
                }
                guard index + 1 < scalars.count, isNameStart(scalars[index + 1]) else {
                    problem("an unescaped '<' in text")
                    index += 1
                    continue
                }
                var cursor = index + 1
                var name = ""
                while cursor < scalars.count, isNameChar(scalars[cursor]) { name.unicodeScalars.append(scalars[cursor]); cursor += 1 }
                var attributes: [String: String] = [:]
                var selfClosing = false
                var closed = false
                while cursor < scalars.count {
                    let current = scalars[cursor]
                    if current == " " || current == "\n" || current == "\t" { cursor += 1; continue }
                    if current == ">" { closed = true; cursor += 1; break }
                    if current == "/" && cursor + 1 < scalars.count && scalars[cursor + 1] == ">" {
                        selfClosing = true; closed = true; cursor += 2; break
                    }
                    guard isNameStart(current) else { problem("a malformed attribute in <\(name)>"); break }
                    var attribute = ""
                    while cursor < scalars.count, isNameChar(scalars[cursor]) { attribute.unicodeScalars.append(scalars[cursor]); cursor += 1 }
                    guard cursor + 1 < scalars.count, scalars[cursor] == "=", scalars[cursor + 1] == "\"" else {
                        problem("the attribute \(attribute) of <\(name)> is not written name=\"value\"")
                        break
                    }
                    cursor += 2
                    var value = ""
                    while cursor < scalars.count, scalars[cursor] != "\"" {
                        let character = scalars[cursor]
                        if character == "<" || character == ">" { problem("an unescaped '\(character)' in the attribute \(attribute)") }
                        if character == "&" {
                            if let length = reference(at: cursor) {
                                value += String(String.UnicodeScalarView(scalars[cursor..<(cursor + length)]))
                                cursor += length
                                continue
                            }
                            problem("a stray '&' in the attribute \(attribute)")
                        }
                        value.unicodeScalars.append(character)
                        cursor += 1
                    }
                    cursor += 1
                    if attributes[attribute] != nil { problem("the attribute \(attribute) is given twice in <\(name)>") }
                    attributes[attribute] = value
                }
                guard closed else {
                    problem("the tag <\(name)> is never closed with '>'")
                    index = cursor
                    continue
                }
                let ancestors = stack.map { elements[$0].name }
                if let parent = stack.last { elements[parent].children.append(name) }
                elements.append(Element(name: name, attributes: attributes, ancestors: ancestors))
                let inSVG = ancestors.contains("svg") || name == "svg"
                if selfClosing && !inSVG && !Self.voidElements.contains(name) {
                    problem("<\(name)/> is self-closed outside SVG")
                }
                index = cursor
                if Self.voidElements.contains(name) || selfClosing { continue }
                if Self.rawTextElements.contains(name) {
                    var end = index
                    while end < scalars.count && !starts("</" + name + ">", at: end) {
                        if scalars[end] == "<" { problem("a '<' inside <\(name)>") }
                        end += 1
                    }
                    addText(String(String.UnicodeScalarView(scalars[index..<min(end, scalars.count)])))
                    index = end + name.unicodeScalars.count + 3
                    continue
                }
                stack.append(elements.count - 1)
                continue
            }
            if scalar == ">" {
                problem("an unescaped '>' in text")
            }
            if scalar == "&" {
                if let length = reference(at: index) {
                    addText(String(String.UnicodeScalarView(scalars[index..<(index + length)])))
                    index += length
                    continue
                }
                problem("a stray '&' in text")
            }
            addText(String(scalar))
            index += 1
        }
        for open in stack.reversed() {
            problems.append("<\(elements[open].name)> is never closed")
        }
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Heading levels in document order.
    var headingLevels: [Int] {
        elements.compactMap { element in
            guard element.name.count == 2, element.name.hasPrefix("h"), let level = Int(element.name.dropFirst()) else { return nil }
            return level
        }
    }
}
