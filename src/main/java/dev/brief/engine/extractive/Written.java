package dev.brief.engine.extractive;

import java.util.List;

/** What a section wrote: its items, and the sentences of the graph they say. */
record Written<T>(List<T> items, Said said) {
    Written {
        items = List.copyOf(items);
    }
}
