/* text: drawing UTF-8 text with SDL2_ttf through a glyph cache (each glyph is
 * rasterised once into an atlas texture, then drawn as a copy), and measuring
 * it. The pure layout (decoding, wrapping) is core's text_layout.h. */
#ifndef SQ_TEXT_H
#define SQ_TEXT_H

#include "render.h"
#include "text_layout.h"

#include <stddef.h>
#include <stdint.h>

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
