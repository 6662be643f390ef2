package org.parkgate.registry;

import com.ibm.icu.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where a name goes in an owners list: Chinese names in pinyin order (陈, 褚, 李, 王, 张), Latin
 * names alphabetically after them, as an office's register runs. ICU's Chinese collation is pinyin
 * for every character; the JDK's knows pinyin only for the commonest ones (褚 sorts last there).
 * The database compares bytes only, so the order is stored beside the name (column
 * {@code owner.name_order}) as the hex of the collation key, made once when the owner is written.
 * Names that agree in their first {@link #LENGTH} hex digits fall back to the id.
 */
public final class NameOrder {

    /** The column's width: the first 60 or so characters of a name order exactly. */
    public static final int LENGTH = 256;

    private NameOrder() {
    }

    /** The sort key of {@code name} (primary strength: A and a, é and e sort together). */
    public static String of(String name) {
        Collator collator = Collator.getInstance(Locale.CHINA); // not shared: a Collator is not thread-safe
        collator.setStrength(Collator.PRIMARY);
        String key = HexFormat.of().formatHex(collator.getCollationKey(name).toByteArray());
        return key.length() > LENGTH ? key.substring(0, LENGTH) : key;
    }
}
