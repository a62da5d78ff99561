/* game_dialogue: a dialogue box, one page at a time. Each thing a level says
 * is a screen of its own, queued after whatever was said or asked before it;
 * the world waits while someone speaks and text never advances by itself. */
#include "game_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    game_box box;
    int ticks; /* how long this page has been up: the marker bobs by it */
} dialogue_state;

static void dialogue_free(dialogue_state *d)
{
    for (int i = 0; i < d->box.page_count; i++) free(d->box.pages[i]);
    free(d);
}

static void dialogue_tick(game *g, game_screen *s, const in_frame *in)
{
    dialogue_state *d = s->state;
    d->ticks++;
    if (!(in->pressed & (IN_BIT(IN_CONFIRM) | IN_BIT(IN_CANCEL)))) return;
    d->ticks = 0;
    if (++s->cursor < d->box.page_count) {
        game_sound(g, "talk");
        return;
    }
    game_screen_close(g, s);
    /* The next box (or question) sounds as it opens; the last one closes quietly. */
    int queued = 0;
    for (int i = 0; i < g->ui.depth; i++) queued += g->ui.stack[i].ops->queued && !g->ui.stack[i].closing;
    game_sound(g, queued ? "talk" : "confirm");
}

/* Feedback, dialogue and summaries go on with a click, as with Enter. */
static uint32_t dialogue_click(game *g, game_screen *s, int x, int y)
{
    (void)g, (void)s, (void)x, (void)y;
    return IN_BIT(IN_CONFIRM);
}

static ren_rect dialogue_box_rect(int player_y, int height)
{
    const int margin = 12;
    /* Keep the player in sight: the box moves up when they stand low. */
    int top = margin + 48;
    if (top > REN_LOGICAL_H - margin - height) top = REN_LOGICAL_H - margin - height;
    int y = player_y > REN_LOGICAL_H - height - margin - 24 ? top : REN_LOGICAL_H - height - margin;
    return (ren_rect){margin, y, REN_LOGICAL_W - 2 * margin, height};
}

static void dialogue_draw(const game *g, const game_screen *s, game_painter *p)
{
    /* Only the box in front: the ones queued under it wait their turn. */
    if (game_screen_top_const(g) != s) return;
    const dialogue_state *d = s->state;
    const game_box *b = &d->box;
    const char *page = b->pages[s->cursor];
    int line = txt_line_height(p->font);
    /* Pages are written to fit LVL_TEXT_LINES at the normal size; larger
     * text wraps to more lines, and the box grows to hold them all. */
    int lines = txt_count_lines(p->font, page, LVL_TEXT_WIDTH);
    int most = (REN_LOGICAL_H - 24 - 26) / line - 1;
    if (lines < LVL_TEXT_LINES) lines = LVL_TEXT_LINES;
    if (lines > most) lines = most;
    ren_rect box = dialogue_box_rect(game_view_player_y(g), 26 + line * (lines + 1));
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"), box, 8);
    ui_text(p, box.x + 14, box.y + 10, b->speaker, UI_ACCENT);
    ren_rect body = {box.x + 14, box.y + 12 + line, LVL_TEXT_WIDTH, line * lines};
    txt_draw_wrapped(p->font, body, page, UI_TEXT);
    if (b->page_count > 1) {
        char pager[32];
        snprintf(pager, sizeof pager, "%d/%d", s->cursor + 1, b->page_count);
        ui_text(p, box.x + box.w - 30 - ui_width(p, pager), box.y + 10, pager, UI_DIM);
    }
    /* The marker bobs to say "press to go on"; the text never moves on alone. */
    int bob = g->settings.reduced_motion ? 0 : (d->ticks / 20) % 2;
    ren_draw_sprite(p->ren, game_sprite(g, "ui_arrow"), box.x + box.w - 20, box.y + box.h - 16 + bob);
}

static void dialogue_close(game *g, game_screen *s)
{
    (void)g;
    dialogue_free(s->state);
}

const game_screen_ops game_dialogue_ops = {
    .name = "dialogue", .pauses_level = true, .queued = true, .tick = dialogue_tick,
    .draw = dialogue_draw, .click = dialogue_click, .close = dialogue_close,
};

static void dialogue_open(game *g, const char *speaker, const char *const *pages, int count,
                          bool first)
{
    if (count <= 0) return;
    dialogue_state *d = calloc(1, sizeof *d);
    if (!d) return;
    snprintf(d->box.speaker, sizeof d->box.speaker, "%s", speaker);
    d->box.page_count = count < GAME_MAX_PAGES ? count : GAME_MAX_PAGES;
    for (int i = 0; i < d->box.page_count; i++) {
        char page[GAME_PAGE_BYTES];
        game_expand_keys(g, pages[i], page, sizeof page);
        size_t n = strlen(page) + 1;
        d->box.pages[i] = malloc(n);
        if (!d->box.pages[i]) {
            d->box.page_count = i;
            break;
        }
        memcpy(d->box.pages[i], page, n);
    }
    if (d->box.page_count == 0) {
        dialogue_free(d);
        return;
    }
    bool shown = first || game_screen_top(g) == NULL || !game_screen_top(g)->ops->queued;
    if (!(first ? game_screen_push : game_screen_enqueue)(g, &game_dialogue_ops, 0, d)) return;
    if (shown) game_sound(g, "talk");
}

void game_level_say(game *g, const char *speaker, const char *const *pages, int count)
{
    dialogue_open(g, speaker, pages, count, false);
}

void game_say_first(game *g, const char *speaker, const char *text)
{
    dialogue_open(g, speaker, &text, 1, true);
}

void game_say_one(game *g, const char *speaker, const char *text)
{
    game_level_say(g, speaker, &text, 1);
}

const game_box *game_dialogue_box(const game *g, int *page)
{
    const game_screen *s = game_screen_top_const(g);
    if (!s || s->ops != &game_dialogue_ops) return NULL;
    if (page) *page = s->cursor;
    return &((const dialogue_state *)s->state)->box;
}
