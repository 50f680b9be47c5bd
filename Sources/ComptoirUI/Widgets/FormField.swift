import ComptoirCore

/// One labelled input of a form (a household's file, the épicerie rules): typed text, or
/// a choice among a few options changed with ← → or Espace.
public struct FormField: Equatable, Sendable {
    public var label: String
    public var input: TextField
    /// The options of a choice; empty for a typed field.
    public var options: [String]
    public var choice: Int

    public init(_ label: String, _ text: String = "", maxLength: Int = 12, digitsOnly: Bool = false) {
        self.label = label
        input = TextField(text, maxLength: maxLength, digitsOnly: digitsOnly)
        options = []
        choice = 0
    }

    public init(_ label: String, options: [String], choice: Int) {
        self.label = label
        input = TextField()
        self.options = options
        self.choice = choice
    }

    public var isChoice: Bool { !options.isEmpty }
    public var text: String { input.trimmed }

    /// A typed amount: nil with the French reason naming the field when it is wrong.
    public func money(optional: Bool = false) -> Result<Money?, FieldProblem> {
        if optional, input.trimmed.isEmpty { return .success(nil) }
        switch Money.parse(input.text) {
        case .success(let m): return .success(m)
        case .failure(let e): return .failure(FieldProblem(label: label, message: e.message))
        }
    }

    public func count(_ range: ClosedRange<Int>) -> Result<Int, FieldProblem> {
        guard let n = Int(input.trimmed), range.contains(n) else {
            return .failure(FieldProblem(label: label, message: "tapez un nombre de \(range.lowerBound) à \(range.upperBound)."))
        }
        return .success(n)
    }

    public func day() -> Result<CalendarDay, FieldProblem> {
        guard let d = CalendarDay(input.trimmed) else {
            return .failure(FieldProblem(label: label, message: "tapez une date comme 31/05/2027."))
        }
        return .success(d)
    }
}

/// What is wrong with one field, said with its label.
public struct FieldProblem: Error, Equatable, Sendable {
    public var label: String
    public var message: String

    public var text: String { "\(label) : \(message)" }
}

/// Moving between fields and typing into them, shared by every form.
enum FormFields {
    /// The action of a key no binding took: Entrée on the last field saves (a tired
    /// volunteer expects it), any other key edits.
    static func unbound<Action>(_ key: Key, _ fields: [FormField], focus: Int, save: Action, edit: Action) -> Action {
        key == .enter && focus == fields.count - 1 ? save : edit
    }

    /// Handles a key for the fields; false when it is not theirs (F-keys, Échap…).
    static func handle(_ fields: inout [FormField], focus: inout Int, _ key: Key) -> Bool {
        guard !fields.isEmpty else { return false }
        switch key {
        case .down, .tab, .enter:
            focus = (focus + 1) % fields.count
            return true
        case .up, .backTab:
            focus = (focus + fields.count - 1) % fields.count
            return true
        default:
            break
        }
        if fields[focus].isChoice {
            let n = fields[focus].options.count
            switch key {
            case .right, .char(" "): fields[focus].choice = (fields[focus].choice + 1) % n
            case .left: fields[focus].choice = (fields[focus].choice + n - 1) % n
            default: return false
            }
            return true
        }
        return fields[focus].input.handle(key)
    }

    /// Draws the fields from `y` down, the focused one in bold with the cursor in it.
    static func draw(_ fields: [FormField], focus: Int, _ canvas: inout Canvas, x: Int, y: Int,
                     labelWidth: Int, fieldWidth: Int) {
        for (i, field) in fields.enumerated() {
            let row = y + i
            let focused = i == focus
            canvas.put(Chrome.pad(field.label, labelWidth) + ":", x: x, y: row, style: focused ? .bold : .plain)
            let fx = x + labelWidth + 2
            if field.isChoice {
                canvas.put("◀ \(field.options[field.choice]) ▶", x: fx, y: row, style: focused ? .selected : .plain)
            } else {
                canvas.put(field.input.display(width: fieldWidth), x: fx, y: row)
                if focused { canvas.cursor = (fx + field.input.cursorOffset(width: fieldWidth), row) }
            }
        }
        if fields.indices.contains(focus), fields[focus].isChoice { canvas.cursor = nil }
    }
}
