/* text_layout: UTF-8 decoding and word wrapping, independent of any font. */
#include "text_layout.h"

uint32_t txt_decode(const char **p, const char *end)
{
    const unsigned char *s = (const unsigned char *)*p;
    const unsigned char *e = (const unsigned char *)end;
    if (s >= e) return 0;
    unsigned c = s[0];
    int extra;
    uint32_t cp, min;
    if (c < 0x80) {
        *p += 1;
        return c;
    } else if ((c & 0xE0) == 0xC0) {
        extra = 1, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3, cp = c & 0x07, min = 0x10000;
    } else {
        *p += 1;
        return TXT_REPLACEMENT;
    }
    if (e - s <= extra) {
        *p += 1;
        return TXT_REPLACEMENT;
    }
    for (int i = 1; i <= extra; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *p += 1;
            return TXT_REPLACEMENT;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *p += 1;
        return TXT_REPLACEMENT;
    }
    *p += extra + 1;
    return cp;
}

static void txt_emit(txt_line *lines, int max_lines, int *count, size_t start, size_t len)
{
    if (*count < max_lines) lines[*count] = (txt_line){start, len};
    (*count)++;
}

int txt_wrap(const char *text, int max_width, txt_measure_fn measure, void *user,
             txt_line *lines, int max_lines)
{
    int count = 0;
    size_t n = 0;
    while (text[n]) n++;
    size_t line_start = 0;
    size_t pos = 0;
    while (pos <= n) {
        /* Find the end of this paragraph (a '\n' or the end of text). */
        size_t para_end = pos;
        while (para_end < n && text[para_end] != '\n') para_end++;
        line_start = pos;
        int para_first = count;
        size_t line_end = pos; /* end of the last word that fits */
        size_t cursor = pos;
        while (cursor < para_end) {
            size_t word_start = cursor;
            while (word_start < para_end && text[word_start] == ' ') word_start++;
            size_t word_end = word_start;
            while (word_end < para_end && text[word_end] != ' ') word_end++;
            if (word_start == word_end) break; /* only trailing spaces left */
            if (measure(user, text + line_start, word_end - line_start) <= max_width) {
                line_end = word_end;
                cursor = word_end;
                continue;
            }
            if (line_end > line_start) {
                /* The word goes to the next line. */
                txt_emit(lines, max_lines, &count, line_start, line_end - line_start);
                line_start = word_start;
                line_end = word_start;
                cursor = word_start;
                continue;
            }
            /* A word wider than the box on its own: cut it between code points. */
            const char *p = text + word_start;
            const char *cut = p;
            while (p < text + word_end) {
                const char *next = p;
                txt_decode(&next, text + word_end);
                if (cut > text + word_start &&
                    measure(user, text + word_start, (size_t)(next - (text + word_start))) > max_width)
                    break;
                cut = next;
                p = next;
            }
            size_t cut_at = (size_t)(cut - text);
            txt_emit(lines, max_lines, &count, word_start, cut_at - word_start);
            line_start = cut_at;
            line_end = cut_at;
            cursor = cut_at;
        }
        /* The rest of the paragraph, unless a cut already took all of it;
         * an empty paragraph still makes its (empty) line. */
        if (line_end > line_start || count == para_first)
            txt_emit(lines, max_lines, &count, line_start, line_end - line_start);
        pos = para_end + 1;
    }
    return count;
}
