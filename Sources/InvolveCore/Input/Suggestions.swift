/// "Did you mean …?" for misspelt keys and values: the nearest known word by edit distance,
/// or one that differs only in case or separators (`opening_hours` for `opening-hours`).
public enum Suggestions {
    /// Words longer than this get no suggestion: a misspelt key or value is short, and the edit
    /// distance of a 4 MB string to each candidate would take seconds to say nothing useful.
    public static let longestWord = 100

    public static func nearest(to word: String, among candidates: [String]) -> String? {
        guard word.utf8.count <= longestWord else { return nil }
        let folded = fold(word)
        if let sameButForCase = candidates.first(where: { fold($0) == folded }) { return sameButForCase }
        let limit = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(Array(folded), Array(fold(candidate)))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        if let best { return best.candidate }
        // Part of a longer word: "trust" for "nhs-trust", "travelMinutes" for "extraTravelMinutes".
        guard folded.count >= 4 || (folded.count == 3 && candidates.count <= 20) else { return nil }
        let containing = candidates.filter { fold($0).contains(folded) }
        return containing.min { $0.count < $1.count }
    }

    private static func fold(_ word: String) -> String {
        String(word.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }

    /// Levenshtein distance with one row of memory.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
