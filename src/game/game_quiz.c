/* game_quiz: a question with choices at a terminal, and spaced review's run
 * of questions from other levels. After the answer the feedback says whether
 * it was right, marks the right choice and the player's in words, and
 * explains. The layout is measured before it is drawn (the roomiest that
 * fits, at any text size), and clicks find the choices by the same layout. */
#include "game_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct game_quiz {
    const lvl_quiz *quiz;
    char title[120]; /* "Terminal quiz", or which review this is */
    char note[160];  /* after the answer: a skill mastered, when one was */
    bool answered, correct;
    /* spaced review: questions from other levels, asked one after another */
    bool review;
    int queue[GAME_MAX_REVIEW]; /* indices into the index's pool */
    int count, at, right;
};

/* How a quiz is laid out; the roomiest that fits is used. */
typedef struct {
    ren_rect box;
    bool title, question, every_choice;
    int gap; /* between choices */
} quiz_layout;

static const ren_rect QUIZ_NORMAL = {24, 28, REN_LOGICAL_W - 48, REN_LOGICAL_H - 56};
static const ren_rect QUIZ_LARGE = {8, 8, REN_LOGICAL_W - 16, REN_LOGICAL_H - 16};

typedef struct {
    int y[LVL_MAX_CHOICES], h[LVL_MAX_CHOICES], choice[LVL_MAX_CHOICES];
    int count;
} quiz_rows;

/* One pass over the quiz: draws when p is given, else only measures. Returns
 * where the content ends; rows gets where each choice is. Measuring and
 * drawing share this code, so what was measured is what is drawn. */
static int quiz_pass(const game *g, const game_screen *s, const quiz_layout *l, game_painter *p,
                     quiz_rows *rows)
{
    const game_quiz *qs = s->state;
    const lvl_quiz *q = qs->quiz;
    int line = ui_line(g);
    int x = l->box.x + 16, y = l->box.y + 12, w = l->box.w - 32;
    bool feedback = qs->answered;
    if (l->title) {
        if (p) ui_text(p, x, y, qs->title, UI_ACCENT);
        y += line + 4;
    }
    if (l->question) {
        int n = ui_count_lines(g, q->question, w);
        if (p) txt_draw_wrapped(p->font, (ren_rect){x, y, w, line * n}, q->question, UI_TEXT);
        y += line * n + 8;
    }
    rows->count = 0;
    for (int i = 0; i < q->choice_count && i < LVL_MAX_CHOICES; i++) {
        bool chosen = i == s->cursor;
        char label[300];
        const char *mark = "";
        ren_color color = UI_TEXT;
        if (feedback) {
            if (i + 1 == q->answer) mark = "  (right answer)", color = UI_GOOD;
            else if (chosen) mark = "  (your answer)", color = UI_BAD;
            else color = UI_DIM;
        }
        /* Tight on room, feedback keeps the two choices it speaks of. */
        if (feedback && !l->every_choice && !mark[0]) continue;
        snprintf(label, sizeof label, "%d. %s%s", i + 1, q->choices[i], mark);
        int n = ui_count_lines(g, label, w - 14);
        rows->y[rows->count] = y;
        rows->h[rows->count] = line * n + l->gap;
        rows->choice[rows->count++] = i;
        if (p) {
            if (chosen) ren_draw_sprite(p->ren, game_sprite(g, "ui_cursor"), x, y + 5);
            txt_draw_wrapped(p->font, (ren_rect){x + 14, y, w - 14, line * n}, label, color);
        }
        y += line * n + l->gap;
    }
    y += 6;
    if (feedback) {
        if (p) ui_text(p, x, y, qs->correct ? "Right!" : "Not quite.", qs->correct ? UI_GOOD : UI_BAD);
        y += line;
        if (qs->note[0]) {
            /* A skill mastered by this answer: said in words, with a star. */
            int n = ui_count_lines(g, qs->note, w - 14);
            if (p) {
                ren_draw_sprite(p->ren, game_sprite(g, "ui_star"), x, y + 5);
                txt_draw_wrapped(p->font, (ren_rect){x + 14, y, w - 14, line * n}, qs->note, UI_ACCENT);
            }
            y += line * n;
        }
        if (q->explanation) {
            int n = ui_count_lines(g, q->explanation, w);
            if (p) txt_draw_wrapped(p->font, (ren_rect){x, y, w, line * n}, q->explanation, UI_TEXT);
            y += line * n;
        }
    }
    return y;
}

/* From the roomiest layout to the tightest, the first whose content ends
 * above the key hints: a larger box, closer choices, then (in the feedback)
 * only the choices it speaks of, no title, no question. */
static quiz_layout quiz_choose(const game *g, const game_screen *s)
{
    static const quiz_layout tries[] = {
        {QUIZ_NORMAL, true, true, true, 2},  {QUIZ_LARGE, true, true, true, 2},
        {QUIZ_LARGE, true, true, true, 0},   {QUIZ_LARGE, true, true, false, 0},
        {QUIZ_LARGE, false, true, false, 0}, {QUIZ_LARGE, false, false, false, 0},
    };
    int count = (int)(sizeof tries / sizeof *tries);
    int line = ui_line(g);
    quiz_rows rows;
    for (int i = 0; i < count; i++) {
        int hints_y = tries[i].box.y + tries[i].box.h - line - 8;
        if (quiz_pass(g, s, &tries[i], NULL, &rows) <= hints_y - 2) return tries[i];
    }
    return tries[count - 1];
}

static void quiz_draw(const game *g, const game_screen *s, game_painter *p)
{
    if (game_screen_top_const(g) != s) return;
    const game_quiz *qs = s->state;
    int line = txt_line_height(p->font);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    quiz_layout l = quiz_choose(g, s);
    ren_rect box = l.box;
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"), box, 8);
    quiz_rows rows;
    quiz_pass(g, s, &l, p, &rows);
    char ok[40];
    ui_key(g, IN_CONFIRM, ok, sizeof ok);
    if (qs->answered) {
        int hw = ui_hint_width(p, ok, "Continue");
        ui_key_hint(p, box.x + box.w - 24 - hw, box.y + box.h - line - 8, ok, "Continue");
        return;
    }
    char up[40], down[40], move[84], back[40];
    snprintf(move, sizeof move, "%s/%s", ui_key(g, IN_UP, up, sizeof up),
             ui_key(g, IN_DOWN, down, sizeof down));
    ui_key(g, IN_CANCEL, back, sizeof back);
    /* At their usual places, moved right only as far as wider keys need. */
    int x = box.x + 16, y = box.y + box.h - line - 6;
    int end = x + ui_key_hint(p, x, y, move, "Choose");
    x = end + 12 > box.x + 16 + 160 ? end + 12 : box.x + 16 + 160;
    end = x + ui_key_hint(p, x, y, ok, "Answer");
    x = end + 12 > box.x + 16 + 300 ? end + 12 : box.x + 16 + 300;
    ui_key_hint(p, x, y, back, "Later");
}

static void quiz_show(game *g, game_screen *s, const lvl_quiz *q)
{
    game_quiz *qs = s->state;
    qs->quiz = q;
    qs->answered = qs->correct = false;
    qs->note[0] = '\0';
    s->cursor = 0;
    game_sound(g, "talk");
}

static void quiz_review_title(game *g, game_quiz *qs)
{
    const game_review_question *r = &g->index.pool[qs->queue[qs->at]];
    char name[64];
    snprintf(qs->title, sizeof qs->title, "Review %d of %d: %s (from %s)", qs->at + 1, qs->count,
             game_skill_name(g, r->quiz.skill, name, sizeof name), r->level_title);
}

/* The review's next question, or its end with a word on how it went. */
static void quiz_review_next(game *g, game_screen *s)
{
    game_quiz *qs = s->state;
    if (++qs->at < qs->count) {
        quiz_review_title(g, qs);
        quiz_show(g, s, &g->index.pool[qs->queue[qs->at]].quiz);
        return;
    }
    game_screen_close(g, s);
    char text[GAME_PAGE_BYTES];
    snprintf(text, sizeof text,
             "%d of %d right. What you missed comes back at your next review; what you knew "
             "comes back after a longer gap each time. Skills mastered: %d.",
             qs->right, qs->count, game_mastered_count(g));
    game_say_one(g, "Review done", text);
}

static void quiz_tick(game *g, game_screen *s, const in_frame *in)
{
    game_quiz *qs = s->state;
    const lvl_quiz *q = qs->quiz;
    game_level *lv = &g->level;
    if (!qs->answered) {
        if (in->pressed & IN_BIT(IN_UP)) {
            s->cursor = (s->cursor + q->choice_count - 1) % q->choice_count;
            game_sound(g, "cursor");
        }
        if (in->pressed & IN_BIT(IN_DOWN)) {
            s->cursor = (s->cursor + 1) % q->choice_count;
            game_sound(g, "cursor");
        }
        if (in->pressed & IN_BIT(IN_CANCEL)) {
            /* "Later": nothing is recorded, and a review stops here. */
            game_screen_close(g, s);
            game_sound(g, "cancel");
        } else if (in->pressed & IN_BIT(IN_CONFIRM)) {
            qs->correct = s->cursor + 1 == q->answer;
            qs->answered = true;
            if (qs->review) {
                qs->right += qs->correct;
            } else {
                lv->quiz_asked++;
                lv->quiz_right += qs->correct;
            }
            game_sound(g, qs->correct ? "quiz_right" : "quiz_wrong");
            game_review_record(g, q, qs->correct, lv->def.id, qs->note, sizeof qs->note);
        }
        return;
    }
    if (!(in->pressed & (IN_BIT(IN_CONFIRM) | IN_BIT(IN_CANCEL)))) return;
    if (qs->review) {
        /* A review's questions belong to other levels: not this one's goals. */
        quiz_review_next(g, s);
        return;
    }
    game_screen_close(g, s);
    if (qs->correct) game_mark_goals(g, LVL_GOAL_ANSWER, q->id, false);
    scr_level_answer(lv->script, q->id, qs->correct);
}

static uint32_t quiz_click(game *g, game_screen *s, int x, int y)
{
    game_quiz *qs = s->state;
    /* Feedback goes on with a click, as with Enter. */
    if (qs->answered) return IN_BIT(IN_CONFIRM);
    quiz_layout l = quiz_choose(g, s);
    quiz_rows rows;
    quiz_pass(g, s, &l, NULL, &rows);
    /* A click on a choice answers with it; elsewhere it does nothing. */
    for (int i = 0; i < rows.count; i++)
        if (y >= rows.y[i] && y < rows.y[i] + rows.h[i] && x > 24 && x < REN_LOGICAL_W - 24) {
            s->cursor = rows.choice[i];
            return IN_BIT(IN_CONFIRM);
        }
    return 0;
}

static void quiz_close(game *g, game_screen *s)
{
    (void)g;
    free(s->state);
}

const game_screen_ops game_quiz_ops = {
    .name = "quiz", .pauses_level = true, .queued = true, .tick = quiz_tick, .draw = quiz_draw,
    .click = quiz_click, .close = quiz_close,
};

bool game_quiz_ask(game *g, const lvl_quiz *q, const char *title, bool review)
{
    /* One question at a time: a timer must not pull a quiz from under the player. */
    if (!q || q->choice_count < 1 || game_screen_find(g, &game_quiz_ops)) return false;
    game_quiz *qs = calloc(1, sizeof *qs);
    if (!qs) return false;
    qs->quiz = q;
    qs->review = review;
    snprintf(qs->title, sizeof qs->title, "%s", title);
    if (!game_screen_enqueue(g, &game_quiz_ops, 0, qs)) return false;
    game_sound(g, "talk");
    return true;
}

void game_quiz_review(game *g, const int *questions, int count)
{
    if (count < 1 || game_screen_find(g, &game_quiz_ops)) return;
    game_quiz *qs = calloc(1, sizeof *qs);
    if (!qs) return;
    qs->review = true;
    qs->count = count < GAME_MAX_REVIEW ? count : GAME_MAX_REVIEW;
    memcpy(qs->queue, questions, sizeof *questions * (size_t)qs->count);
    quiz_review_title(g, qs);
    qs->quiz = &g->index.pool[qs->queue[0]].quiz;
    if (!game_screen_enqueue(g, &game_quiz_ops, 0, qs)) return;
    game_sound(g, "talk");
}

/* --- queries ---------------------------------------------------------------- */

static const game_screen *quiz_shown(const game *g)
{
    const game_screen *s = game_screen_top_const(g);
    return s && s->ops == &game_quiz_ops ? s : NULL;
}

bool game_quiz_open(const game *g)
{
    return quiz_shown(g) != NULL;
}

int game_quiz_answer(const game *g)
{
    const game_screen *s = quiz_shown(g);
    return s ? ((const game_quiz *)s->state)->quiz->answer : 0;
}

int game_quiz_cursor(const game *g)
{
    const game_screen *s = quiz_shown(g);
    return s ? s->cursor + 1 : 0;
}

int game_quiz_verdict(const game *g)
{
    const game_screen *s = quiz_shown(g);
    const game_quiz *qs = s ? s->state : NULL;
    return qs && qs->answered ? qs->correct : -1;
}

const char *game_quiz_text(const game *g)
{
    const game_screen *s = quiz_shown(g);
    if (!s) return NULL;
    const game_quiz *qs = s->state;
    return qs->answered ? qs->quiz->explanation : qs->quiz->question;
}

int game_quiz_choice_count(const game *g)
{
    const game_screen *s = quiz_shown(g);
    return s ? ((const game_quiz *)s->state)->quiz->choice_count : 0;
}

int game_quiz_row_y(const game *g, int choice, int *row_h)
{
    const game_screen *s = quiz_shown(g);
    *row_h = 0;
    if (!s) return -1;
    quiz_layout l = quiz_choose(g, s);
    quiz_rows rows;
    quiz_pass(g, s, &l, NULL, &rows);
    for (int i = 0; i < rows.count; i++)
        if (rows.choice[i] == choice - 1) {
            *row_h = rows.h[i];
            return rows.y[i];
        }
    return -1;
}
