package org.backcare.measures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.backcare.intake.Problem;

/**
 * The words a questionnaire is shown in. Backcare ships only wording that may be freely reproduced (the NPRS's plain
 * 0-10 scale, instructions for the PSFS in its own words); the ODI, RMDQ and STarT Back are under their owners'
 * copyright, so their questions and answer statements come from a file the clinic supplies under its own licence.
 * Without it, those forms show each item's number and its scale, to be read from the clinic's printed form.
 */
public final class QuestionnaireWording {
    /** The ODI's answer statements, one per score from 0 to 5; the other instruments' answers are their scales. */
    static final int ODI_STATEMENTS = 6;

    /** A clinic's wording of one instrument: its instructions, each item's text, and the notice its licence asks for. */
    public record Supplied(String instructions, Map<Integer, ItemWording> items, String notice) {
        public Supplied {
            items = Map.copyOf(items);
        }
    }

    /** One item's question or statement, and for the ODI its six answer statements (scores 0 to 5). */
    public record ItemWording(String question, List<String> answers) {
        public ItemWording {
            answers = List.copyOf(answers);
        }
    }

    private static final Map<Instrument, String> BUNDLED_INSTRUCTIONS = Map.of(
            Instrument.NPRS, "Rate your back pain right now, from 0 (no pain) to 10 (the worst pain you can imagine).",
            Instrument.PSFS, "Name up to five activities that you find hard because of your back, and rate each: 0 if"
                    + " you cannot do it at all, 10 if you can do it as well as before the problem. At a follow-up,"
                    + " rate the same activities again.");

    private final Map<Instrument, Supplied> supplied;

    private QuestionnaireWording(Map<Instrument, Supplied> supplied) {
        this.supplied = supplied.isEmpty() ? Map.of() : new EnumMap<>(supplied);
    }

    /** Only what ships with Backcare. */
    public static QuestionnaireWording bundled() {
        return new QuestionnaireWording(Map.of());
    }

    /**
     * The clinic's wording over what ships.
     *
     * @throws IllegalArgumentException when {@link #problems} finds any
     */
    public static QuestionnaireWording of(Map<Instrument, Supplied> supplied) {
        var problems = new ArrayList<Problem>();
        supplied.forEach((instrument, wording) -> problems.addAll(problems(instrument, wording)));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).field() + ": " + problems.get(0).message());
        }
        return new QuestionnaireWording(supplied);
    }

    /**
     * What is wrong with a clinic's wording of this instrument, each problem naming the item ({@code odi item 3}):
     * an item the instrument does not have, an item left out, a blank text, and answer statements where the
     * instrument takes none or not six of them.
     */
    public static List<Problem> problems(Instrument instrument, Supplied wording) {
        var problems = new ArrayList<Problem>();
        int count = instrument.questionnaire().items().size();
        var range = instrument.shortName() + " has items 1 to " + count;
        for (var item : new TreeMap<>(wording.items()).entrySet()) {
            var at = instrument.id() + " item " + item.getKey();
            if (item.getKey() < 1 || item.getKey() > count) {
                problems.add(new Problem(at, "there is no such item: the " + range));
                continue;
            }
            problems.addAll(itemProblems(instrument, at, item.getValue()));
        }
        IntStream.rangeClosed(1, count).filter(n -> !wording.items().containsKey(n)).forEach(n -> problems.add(
                new Problem(instrument.id() + " item " + n, "missing: give the wording of every item (the " + range
                        + ")")));
        return problems;
    }

    private static List<Problem> itemProblems(Instrument instrument, String at, ItemWording item) {
        var problems = new ArrayList<Problem>();
        if (item.question() == null || item.question().isBlank()) {
            problems.add(new Problem(at, "the question (or statement) is missing"));
        }
        int wanted = instrument == Instrument.ODI ? ODI_STATEMENTS : 0;
        if (item.answers().size() != wanted) {
            problems.add(new Problem(at, wanted == 0
                    ? "takes no answer statements: the " + instrument.shortName() + " is answered on its scale ("
                            + instrument.questionnaire().items().get(0).scale() + ")"
                    : "has " + item.answers().size() + " answer statements; each ODI section has 6, the first scoring"
                            + " 0 and the last 5"));
        }
        if (item.answers().stream().anyMatch(String::isBlank)) {
            problems.add(new Problem(at, "an answer statement is blank"));
        }
        return problems;
    }

    /** The instrument's items, in the clinic's words where it supplied them. */
    public List<Item> items(Instrument instrument) {
        var items = instrument.questionnaire().items();
        var words = supplied.get(instrument);
        if (words == null) {
            return items;
        }
        return items.stream().map(item -> worded(item, words.items().get(item.number()))).toList();
    }

    private static Item worded(Item item, ItemWording words) {
        if (words.answers().isEmpty()) {
            return new Item(item.number(), words.question(), item.scale(), item.choices());
        }
        var choices = item.choices().stream().map(choice -> choice.answer().equals(AnswerSheet.SKIPPED) ? choice
                : new Item.Choice(choice.answer(), words.answers().get(Integer.parseInt(choice.answer())))).toList();
        return new Item(item.number(), words.question(), item.scale(), choices);
    }

    /** What the client reads first: the clinic's instructions, or those that ship; empty when there are none. */
    public Optional<String> instructions(Instrument instrument) {
        var words = supplied.get(instrument);
        if (words != null && words.instructions() != null && !words.instructions().isBlank()) {
            return Optional.of(words.instructions());
        }
        return Optional.ofNullable(BUNDLED_INSTRUCTIONS.get(instrument));
    }

    /** The copyright or licence notice the clinic's licence asks to show with the form; empty without one. */
    public Optional<String> notice(Instrument instrument) {
        return Optional.ofNullable(supplied.get(instrument)).map(Supplied::notice).filter(n -> !n.isBlank());
    }

    /** Whether the form can show what each item says: the clinic supplied it, or it may ship with Backcare. */
    public boolean worded(Instrument instrument) {
        return supplied.containsKey(instrument) || !licensed(instrument);
    }

    /** The instruments whose item texts may not ship with Backcare (see the README's licence table). */
    public static boolean licensed(Instrument instrument) {
        return switch (instrument) {
            case ODI, RMDQ, START_BACK -> true;
            case NPRS, PSFS -> false;
        };
    }
}
