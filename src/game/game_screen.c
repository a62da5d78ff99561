/* game_screen: the stack of screens over the level. The top screen takes the
 * tick's input and clicks; every screen is drawn, bottom first, from the
 * first opaque one up. A screen asks to leave with game_screen_close and is
 * removed after the tick, so a screen's own tick never runs on freed state. */
#include "game_internal.h"

#include <string.h>

game_screen *game_screen_push(game *g, const game_screen_ops *ops, int kind, void *state)
{
    game_ui *ui = &g->ui;
    if (ui->depth == GAME_MAX_SCREENS) {
        /* Deeper than any path through the menus goes: refuse, never overwrite. */
        if (ops->close) {
            game_screen dropped = {ops, kind, 0, state, true, false};
            ops->close(g, &dropped);
        }
        return NULL;
    }
    game_screen *s = &ui->stack[ui->depth++];
    *s = (game_screen){ops, kind, 0, state, false, ops->opaque};
    return s;
}

game_screen *game_screen_enqueue(game *g, const game_screen_ops *ops, int kind, void *state)
{
    game_ui *ui = &g->ui;
    int at = ui->depth;
    while (at > 0 && ui->stack[at - 1].ops->queued) at--;
    if (at == ui->depth) return game_screen_push(g, ops, kind, state);
    game_screen *top = game_screen_push(g, ops, kind, state);
    if (!top) return NULL;
    game_screen moved = *top;
    memmove(&ui->stack[at + 1], &ui->stack[at], sizeof ui->stack[0] * (size_t)(ui->depth - 1 - at));
    ui->stack[at] = moved;
    return &ui->stack[at];
}

void game_screen_close(game *g, game_screen *s)
{
    (void)g;
    if (s) s->closing = true;
}

void game_screen_close_all(game *g)
{
    for (int i = 0; i < g->ui.depth; i++) g->ui.stack[i].closing = true;
    game_screen_sweep(g);
}

void game_screen_sweep(game *g)
{
    game_ui *ui = &g->ui;
    int kept = 0;
    for (int i = 0; i < ui->depth; i++) {
        game_screen s = ui->stack[i];
        if (s.closing) {
            if (s.ops->close) s.ops->close(g, &s);
            continue;
        }
        ui->stack[kept++] = s;
    }
    for (int i = kept; i < ui->depth; i++) memset(&ui->stack[i], 0, sizeof ui->stack[i]);
    ui->depth = kept;
}

game_screen *game_screen_top(game *g)
{
    for (int i = g->ui.depth - 1; i >= 0; i--)
        if (!g->ui.stack[i].closing) return &g->ui.stack[i];
    return NULL;
}

const game_screen *game_screen_top_const(const game *g)
{
    for (int i = g->ui.depth - 1; i >= 0; i--)
        if (!g->ui.stack[i].closing) return &g->ui.stack[i];
    return NULL;
}

game_screen *game_screen_find(game *g, const game_screen_ops *ops)
{
    for (int i = g->ui.depth - 1; i >= 0; i--)
        if (g->ui.stack[i].ops == ops && !g->ui.stack[i].closing) return &g->ui.stack[i];
    return NULL;
}

game_screen *game_screen_holding(game *g, const void *state)
{
    for (int i = g->ui.depth - 1; i >= 0; i--)
        if (g->ui.stack[i].state == state && !g->ui.stack[i].closing) return &g->ui.stack[i];
    return NULL;
}

const game_screen *game_screen_find_const(const game *g, const game_screen_ops *ops)
{
    for (int i = g->ui.depth - 1; i >= 0; i--)
        if (g->ui.stack[i].ops == ops && !g->ui.stack[i].closing) return &g->ui.stack[i];
    return NULL;
}

const char *game_top_screen(const game *g)
{
    for (int i = g->ui.depth - 1; i >= 0; i--) {
        const game_screen *s = &g->ui.stack[i];
        if (s->closing) continue;
        if (s->ops == &game_menu_ops)
            return s->kind == MENU_TITLE ? "title" : s->kind == MENU_PAUSE ? "pause" : "settings";
        return s->ops->name;
    }
    return NULL;
}

bool game_level_paused(const game *g)
{
    for (int i = 0; i < g->ui.depth; i++)
        if (g->ui.stack[i].ops->pauses_level && !g->ui.stack[i].closing) return true;
    return false;
}

void game_screen_tick(game *g, const in_frame *in)
{
    game_screen *s = game_screen_top(g);
    if (s && s->ops->tick) s->ops->tick(g, s, in);
}

void game_screen_draw(const game *g, game_painter *p)
{
    int from = 0;
    for (int i = 0; i < g->ui.depth; i++)
        if (g->ui.stack[i].covers) from = i;
    for (int i = from; i < g->ui.depth; i++) {
        const game_screen *s = &g->ui.stack[i];
        if (s->ops->draw) s->ops->draw(g, s, p);
    }
}

uint32_t game_screen_click(game *g, int x, int y)
{
    game_screen *s = game_screen_top(g);
    return s && s->ops->click ? s->ops->click(g, s, x, y) : 0;
}

uint64_t game_screen_hash(const game *g, uint64_t h)
{
    for (int i = 0; i < g->ui.depth; i++) {
        const game_screen *s = &g->ui.stack[i];
        const char *name = s->ops->name;
        for (; *name; name++) h = (h ^ (unsigned char)*name) * 0x100000001b3ULL;
        h = (h ^ (uint64_t)(uint32_t)s->kind) * 0x100000001b3ULL;
        h = (h ^ (uint64_t)(uint32_t)s->cursor) * 0x100000001b3ULL;
    }
    return h;
}

const game_painter *game_measure(const game *g)
{
    return g->ui.have_measure ? &g->ui.measure : NULL;
}
