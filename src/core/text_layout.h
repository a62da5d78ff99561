/* text_layout: UTF-8 decoding and word wrapping, independent of any font:
 * the width of a run of text comes from a callback, so the level checker and
 * the tests wrap text without SDL_ttf. The drawing face is text.h. */
#ifndef SQ_TEXT_LAYOUT_H
#define SQ_TEXT_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#define TXT_REPLACEMENT 0xFFFDu

/* Decodes one code point and advances *p; malformed, overlong or surrogate
 * sequences yield U+FFFD and skip one byte, so decoding always progresses. */
uint32_t txt_decode(const char **p, const char *end);

typedef struct {
    size_t start, len; /* bytes of the source text, without the break */
} txt_line;

/* Width in pixels of text[0..len). */
typedef int (*txt_measure_fn)(void *user, const char *text, size_t len);

/* Breaks text into lines no wider than max_width: at spaces, at '\n', and
 * inside a word only when the word alone is too wide. Fills at most
 * max_lines entries and returns how many lines the whole text needs. */
int txt_wrap(const char *text, int max_width, txt_measure_fn measure, void *user,
             txt_line *lines, int max_lines);

#endif
