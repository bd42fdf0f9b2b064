package dev.brief.verify;

import dev.brief.text.Names;
import dev.brief.text.Normal;
import dev.brief.text.Words;
import dev.brief.domain.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * How the event's articles write each word: in lower case somewhere ("officials"), or capitalised
 * inside a sentence ("Putin"). A capitalised word at the start of a statement is a name only if the
 * articles treat it as one.
 */
final class EventWords {
    final Set<String> lowerCase = new HashSet<>();
    final Set<String> capitalisedInside = new HashSet<>();

    EventWords(List<Article> articles) {
        for (Article a : articles) {
            add(a.title());
            add(a.text());
        }
    }

    private void add(String text) {
        if (text == null) {
            return;
        }
        String folded = Normal.fold(text);
        Matcher m = Words.WORD.matcher(folded);
        while (m.find()) {
            if (Character.isLowerCase(m.group().charAt(0))) {
                lowerCase.add(Words.normal(m.group()));
            } else if (Names.capitalisedAt(folded, m.start()) && !Names.startsSentence(folded, m.start())) {
                capitalisedInside.add(Words.normal(m.group()));
            }
        }
    }
}
