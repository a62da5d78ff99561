/* game_ui_kit: what the screens draw with: colours, text, keycaps, and the
 * measuring the layouts share with the clicks. State is never carried by
 * colour alone: marks and words say it too. */
#include "game_internal.h"

#include <string.h>

const ren_color UI_TEXT = {240, 240, 232, 255};
const ren_color UI_ACCENT = {255, 214, 102, 255};
const ren_color UI_DIM = {170, 180, 200, 255};
const ren_color UI_GOOD = {140, 230, 160, 255};
const ren_color UI_BAD = {255, 150, 140, 255};
const ren_color UI_BACKDROP = {8, 10, 20, 170};

/* Without fonts (unit tests that click) the normal size's metrics stand in:
 * 16 px text, 8 px a character, 20 px a line. */
#define UI_FALLBACK_LINE 20
#define UI_FALLBACK_CHAR 8

int ui_text(game_painter *p, int x, int y, const char *s, ren_color c)
{
    return txt_draw(p->font, x, y, s, strlen(s), c);
}

int ui_width(game_painter *p, const char *s)
{
    return txt_measure(p->font, s, strlen(s));
}

int ui_hint_width(game_painter *p, const char *key, const char *label)
{
    return ui_width(p, key) + 8 + ui_width(p, label) + 14;
}

int ui_key_hint(game_painter *p, int x, int y, const char *key, const char *label)
{
    int kw = ui_width(p, key) + 8, lw = ui_width(p, label);
    int h = txt_line_height(p->font) + 2;
    ren_fill_rect(p->ren, (ren_rect){x - 2, y - 2, kw + lw + 14, h + 4}, (ren_color){16, 20, 40, 210});
    ren_fill_rect(p->ren, (ren_rect){x, y, kw, h}, (ren_color){236, 236, 228, 255});
    ren_fill_rect(p->ren, (ren_rect){x, y + h - 2, kw, 2}, (ren_color){150, 150, 160, 255});
    ui_text(p, x + 4, y, key, (ren_color){30, 34, 52, 255});
    ui_text(p, x + kw + 6, y + 1, label, UI_TEXT);
    return kw + lw + 14;
}

const char *ui_key(const game *g, in_action action, char *out, size_t size)
{
    game_key_label(g, action, false, out, size);
    if (!out[0]) game_key_label(g, action, true, out, size);
    return out;
}

int ui_line(const game *g)
{
    const game_painter *m = game_measure(g);
    return m && m->font ? txt_line_height(m->font) : UI_FALLBACK_LINE;
}

int ui_measure(const game *g, const char *s)
{
    const game_painter *m = game_measure(g);
    return m && m->font ? txt_measure(m->font, s, strlen(s)) : (int)strlen(s) * UI_FALLBACK_CHAR;
}

static int ui_fallback_width(void *user, const char *text, size_t len)
{
    (void)user;
    (void)text;
    return (int)len * UI_FALLBACK_CHAR;
}

int ui_count_lines(const game *g, const char *s, int width)
{
    const game_painter *m = game_measure(g);
    if (m && m->font) return txt_count_lines(m->font, s, width);
    txt_line line;
    return txt_wrap(s, width, ui_fallback_width, NULL, &line, 1);
}
