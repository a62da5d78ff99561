/* text: UTF-8 text with SDL2_ttf through a glyph cache (each glyph is
 * rasterised once into an atlas texture, then drawn as a copy), measuring,
 * and word wrapping. The layout functions are pure, for tests. */
#ifndef SQ_TEXT_H
#define SQ_TEXT_H

#include "render.h"

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

typedef struct txt_font txt_font;

txt_font *txt_open(ren_context *ren, const char *path, int pixel_size);
void txt_close(txt_font *font);
int txt_line_height(const txt_font *font);
int txt_measure(txt_font *font, const char *text, size_t len);
/* Draws one line at (x, y) = top-left; returns the pen's final x. */
int txt_draw(txt_font *font, int x, int y, const char *text, size_t len, ren_color color);
/* Draws wrapped text inside a box; returns the number of lines it needed. */
int txt_draw_wrapped(txt_font *font, ren_rect box, const char *text, ren_color color);
/* The lines txt_draw_wrapped would need at this width, without drawing:
 * layouts size their boxes by it instead of assuming a line count. */
int txt_count_lines(txt_font *font, const char *text, int width);
/* txt_wrap measured with this font. */
int txt_wrap_font(txt_font *font, const char *text, int width, txt_line *lines, int max_lines);
/* Glyphs rasterised so far: lets tests prove the cache is used. */
unsigned txt_glyphs_rasterised(const txt_font *font);
/* Stops SDL_ttf once every font is closed. */
void txt_shutdown(void);

#endif
