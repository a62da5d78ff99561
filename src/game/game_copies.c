/* game_copies: earlier progress, kept as dated copies in the player's data
 * folder. New game over progress asks first, then waits while main keeps the
 * old progress as a copy (it never throws progress away); the title lists
 * the copies, and going back to one asks first too (what is current is kept
 * as a copy as well). The files are main's to write: the game asks. */
#include "game_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void game_day_words(int32_t day, char *out, size_t size)
{
    /* Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm). */
    static const char *const months[] = {"January", "February", "March",     "April",
                                         "May",     "June",     "July",      "August",
                                         "September", "October", "November", "December"};
    int64_t z = (int64_t)day + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    int64_t y = yoe + era * 400 + (m <= 2);
    snprintf(out, size, "%d %s %lld", d, months[m - 1], (long long)y);
}

static void copies_start_new(game *g)
{
    if (!g->cfg.user_dir || !game_has_progress(g)) {
        game_screen_close_all(g);
        game_start_playing(g, true);
        return;
    }
    /* Main keeps the old progress as a copy, then answers (GAME_EV_KEPT). */
    g->progress.copy_wanted = true;
}

void game_new_game_asked(game *g)
{
    if (!game_has_progress(g)) {
        copies_start_new(g);
        return;
    }
    char question[240];
    snprintf(question, sizeof question,
             "Start a new game? Your progress now (%d skills, %d XP) is kept as a dated copy: "
             "Earlier progress on the title brings it back.",
             g->progress.skill_count, g->progress.xp);
    game_confirm_open(g, question, "New game", "Keep playing mine", copies_start_new);
}

/* Main's answer: kept (start afresh) or not (say why, change nothing). */
void game_copy_kept(game *g, bool ok, const char *text)
{
    if (!g->progress.copy_wanted) return;
    g->progress.copy_wanted = false;
    if (!ok) {
        char words[400];
        snprintf(words, sizeof words, "Your progress could not be kept as a copy, so nothing was "
                 "changed. %s", text);
        game_say_first(g, "New game", words);
        return;
    }
    game_career *pr = &g->progress;
    if (pr->copy_count < GAME_MAX_COPIES) {
        memmove(&pr->copies[1], &pr->copies[0], sizeof pr->copies[0] * (size_t)pr->copy_count);
        pr->copy_count++;
    } else {
        memmove(&pr->copies[1], &pr->copies[0], sizeof pr->copies[0] * (GAME_MAX_COPIES - 1));
    }
    game_copy *c = &pr->copies[0];
    memset(c, 0, sizeof *c);
    snprintf(c->name, sizeof c->name, "%s", text);
    c->day = pr->today;
    c->xp = (uint32_t)(pr->xp > 0 ? pr->xp : 0);
    c->skills = pr->skill_count;
    c->mastered = game_mastered_count(g);
    c->levels = pr->completed_count;
    c->readable = true;
    game_screen_close_all(g);
    game_start_playing(g, true);
}

bool game_wants_copy_kept(const game *g)
{
    return g->progress.copy_wanted;
}

const char *game_wants_restore(const game *g)
{
    return g->progress.restore_wanted;
}

/* --- the list ---------------------------------------------------------------- */

static void copies_line(const game_copy *c, char *out, size_t size)
{
    char day[40];
    game_day_words(c->day, day, sizeof day);
    if (!c->readable)
        snprintf(out, size, "%s: damaged, cannot be restored", day);
    else
        snprintf(out, size, "%s: %d skills (%d mastered), %u XP, %d levels", day, c->skills,
                 c->mastered, c->xp, c->levels);
}

static int copies_rows(const game *g)
{
    return g->progress.copy_count + 1; /* the copies, then Back */
}

static int copies_top(const game *g)
{
    return 40 + 2 * ui_line(g);
}

static int copies_row_h(const game *g)
{
    return ui_line(g) + 6;
}

/* The confirmation's yes: the copy under the list's cursor. */
static void copies_restore(game *g)
{
    const game_screen *list = game_screen_find(g, &game_copies_ops);
    if (list && list->cursor < g->progress.copy_count)
        snprintf(g->progress.restore_wanted, sizeof g->progress.restore_wanted, "%s",
                 g->progress.copies[list->cursor].name);
    game_screen_close_all(g);
    game_menu_open(g, MENU_TITLE);
}

static void copies_activate(game *g, game_screen *s)
{
    if (s->cursor >= g->progress.copy_count) {
        game_sound(g, "cancel");
        game_screen_close(g, s);
        return;
    }
    const game_copy *c = &g->progress.copies[s->cursor];
    if (!c->readable) {
        game_sound(g, "bump");
        return;
    }
    game_sound(g, "confirm");
    char day[40], question[240];
    game_day_words(c->day, day, sizeof day);
    snprintf(question, sizeof question,
             "Go back to your progress of %s? What you have now is kept as a copy too.", day);
    game_confirm_open(g, question, "Go back", "Stay", copies_restore);
}

static void copies_tick(game *g, game_screen *s, const in_frame *in)
{
    int n = copies_rows(g);
    if (in->pressed & IN_BIT(IN_UP) && s->cursor > 0) {
        s->cursor--;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_DOWN) && s->cursor < n - 1) {
        s->cursor++;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_CONFIRM)) copies_activate(g, s);
    else if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU))) {
        game_sound(g, "cancel");
        game_screen_close(g, s);
    }
}

static uint32_t copies_click(game *g, game_screen *s, int x, int y)
{
    int top = copies_top(g), h = copies_row_h(g);
    if (x < 16 || x > REN_LOGICAL_W - 16 || y < top) return 0;
    int row = (y - top) / h;
    if (row >= copies_rows(g)) return 0;
    s->cursor = row;
    return IN_BIT(IN_CONFIRM);
}

static void copies_draw(const game *g, const game_screen *s, game_painter *p)
{
    ren_begin(p->ren, (ren_color){26, 28, 44, 255});
    int line = txt_line_height(p->font), top = copies_top(g), h = copies_row_h(g);
    ui_text(p, 24, 16, "Earlier progress", UI_ACCENT);
    txt_draw_wrapped(p->font, (ren_rect){24, 16 + line + 4, REN_LOGICAL_W - 48, line},
                     "Copies kept when a new game began. Going back keeps today's too.", UI_DIM);
    int n = copies_rows(g);
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"),
                        (ren_rect){16, top - 6, REN_LOGICAL_W - 32, n * h + 12}, 8);
    uint16_t cursor = game_sprite(g, "ui_cursor");
    for (int i = 0; i < n; i++) {
        char text[200];
        if (i < g->progress.copy_count)
            copies_line(&g->progress.copies[i], text, sizeof text);
        else
            snprintf(text, sizeof text, "Back");
        bool on = i == s->cursor;
        int y = top + i * h + 3;
        if (on) ren_draw_sprite(p->ren, cursor, 26, y + 5 + (line - 20) / 2);
        bool damaged = i < g->progress.copy_count && !g->progress.copies[i].readable;
        ui_text(p, 40, y, text, on ? UI_ACCENT : damaged ? UI_DIM : UI_TEXT);
    }
}

const game_screen_ops game_copies_ops = {
    .name = "copies", .pauses_level = true, .opaque = true, .tick = copies_tick,
    .draw = copies_draw, .click = copies_click,
};

void game_copies_open(game *g)
{
    game_screen_push(g, &game_copies_ops, 0, NULL);
}

void game_restore_done(game *g)
{
    g->progress.restore_wanted[0] = '\0';
}
