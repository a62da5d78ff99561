/* game_review: spaced review in play. Every exercise a level tags with a
 * skill, and every exercise of a quest's bank, is kept in a pool; answers
 * move the skill through review.c's schedule, stored in the progress that is
 * saved. A review (the `review` behaviour, sq.review) asks, first, what was
 * missed this session once two other exercises came between, then the
 * skills that are due, each with a different exercise than the one asked
 * last time. */
#include "game_internal.h"
#include "review.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const sav_skill *game_skill_find(const game *g, const char *id)
{
    for (int i = 0; i < g->progress.saved.skill_count; i++)
        if (strcmp(g->progress.saved.skills[i].id, id) == 0) return &g->progress.saved.skills[i];
    return NULL;
}

sav_skill *game_skill_state(game *g, const char *id)
{
    sav_progress *p = &g->progress.saved;
    const sav_skill *found = game_skill_find(g, id);
    if (found) return &p->skills[found - p->skills];
    if (p->skill_count == SAV_MAX_SKILLS || strlen(id) > SAV_ID_MAX) return NULL;
    sav_skill *s = &p->skills[p->skill_count++];
    memset(s, 0, sizeof *s);
    snprintf(s->id, sizeof s->id, "%s", id);
    s->last_day = -1;
    return s;
}

const char *game_skill_name(const game *g, const char *id, char *buf, size_t size)
{
    scr_skill_info info;
    snprintf(buf, size, "%s", scr_catalogue_find(g->catalogue, id, &info) ? info.name : id);
    return buf;
}

/* --- the pool ------------------------------------------------------------ */

void game_review_collect(game *g, const lvl_def *def)
{
    game_index *ix = &g->index;
    for (int i = 0; i < def->quiz_count; i++) {
        const lvl_quiz *q = &def->quizzes[i];
        if (!q->skill) continue;
        if (ix->pool_count == GAME_MAX_REVIEW_POOL) return;
        if (!ix->pool) {
            ix->pool = calloc(GAME_MAX_REVIEW_POOL, sizeof *ix->pool);
            if (!ix->pool) return;
        }
        game_review_question *r = &ix->pool[ix->pool_count];
        memset(r, 0, sizeof *r);
        if (!lvl_quiz_copy(&r->quiz, q)) continue; /* out of memory: this one is not reviewed */
        snprintf(r->level_id, sizeof r->level_id, "%s", def->id ? def->id : "");
        snprintf(r->level_title, sizeof r->level_title, "%s", def->title ? def->title : r->level_id);
        ix->pool_count++;
    }
}

void game_review_free(game *g)
{
    game_index *ix = &g->index;
    for (int i = 0; i < ix->pool_count; i++) lvl_quiz_free(&ix->pool[i].quiz);
    free(ix->pool);
    ix->pool = NULL;
    ix->pool_count = 0;
}

/* --- this session's misses ----------------------------------------------- */

static int game_missed_find(const game *g, const char *item)
{
    for (int i = 0; i < g->progress.missed_count; i++)
        if (strcmp(g->progress.missed[i].item, item) == 0) return i;
    return -1;
}

static void game_missed_drop(game *g, int at)
{
    game_career *pr = &g->progress;
    memmove(&pr->missed[at], &pr->missed[at + 1], sizeof *pr->missed * (size_t)(pr->missed_count - at - 1));
    pr->missed_count--;
}

static void game_missed_note(game *g, const lvl_quiz *q, bool right)
{
    game_career *pr = &g->progress;
    int at = game_missed_find(g, q->id);
    if (at >= 0) game_missed_drop(g, at);
    if (right || !q->skill) return;
    if (pr->missed_count == GAME_MAX_MISSED) game_missed_drop(g, 0);
    game_missed *m = &pr->missed[pr->missed_count++];
    snprintf(m->item, sizeof m->item, "%s", q->id);
    snprintf(m->skill, sizeof m->skill, "%s", q->skill);
    m->after = pr->answers + GAME_MISSED_GAP;
}

/* Missed, and not enough other exercises since to come back. */
static bool game_missed_waiting(const game *g, const char *item)
{
    int at = game_missed_find(g, item);
    return at >= 0 && g->progress.answers < g->progress.missed[at].after;
}

/* --- answers --------------------------------------------------------------- */

void game_review_record(game *g, const lvl_quiz *q, bool right, char *note, size_t note_size)
{
    game_career *pr = &g->progress;
    pr->answers++;
    if (!q->skill) return;
    game_missed_note(g, q, right);
    sav_skill *s = game_skill_state(g, q->skill);
    if (!s) return;
    bool held_before = game_has_skill(g, q->skill);
    int32_t due_day = s->due_day;
    bool taught = game_skill_taught(g, q->skill);
    rev_outcome outcome = rev_answer(s, right, pr->minute, q->id);
    pr->save_wanted = true; /* an answer changes the schedule: a safe point */
    char name[64];
    game_skill_name(g, q->skill, name, sizeof name);
    bool held_now = game_has_skill(g, q->skill);
    if (held_now && !held_before) {
        game_mark_goals(g, LVL_GOAL_COLLECT, q->skill, false);
        game_sound(g, "mastered");
        game_update_rank(g, true);
    }
    if (outcome == REV_MASTERED_NOW && held_now) {
        snprintf(note, note_size,
                 "Mastered: %s. Right on two different questions, each when it was due, 20 "
                 "hours or more apart.", name);
        game_sound(g, "mastered");
        game_update_rank(g, true);
    } else if (outcome == REV_WRONG_LOST) {
        snprintf(note, note_size,
                 "%s is no longer mastered: a due review was missed. Right on two different "
                 "questions on due reviews, 20 hours apart, earns it back.", name);
        game_update_rank(g, false);
    } else if (held_now && !held_before) {
        snprintf(note, note_size, "You now hold %s: taught, and used.", name);
    } else if (right && !taught) {
        snprintf(note, note_size, "%s is held once it is also taught (its orb or a mentor).",
                 name);
    } else if (outcome == REV_PRACTICE && held_now) {
        char day[48];
        game_day_words(due_day, day, sizeof day);
        snprintf(note, note_size, "Practice: %s is next due %s; only a due review moves it on.",
                 name, day);
    } else if (!right && game_skill_learning(g, q->skill)) {
        snprintf(note, note_size, "%s is still being learned: it comes back after two other "
                 "questions.", name);
    }
}

/* --- choosing what to ask -------------------------------------------------- */

/* The level being played: its own exercises are not reviews. */
static const char *game_review_here(const game *g)
{
    return g->level.loaded && g->level.def.id ? g->level.def.id : "";
}

/* An exercise of the skill for a review: not from the level in play, not
 * waiting after a miss, and, when there is one, different from the one asked
 * last time and from the one last answered right on a due review (mastery
 * needs two different ones). Turn by turn among those, so a skill with
 * several does not repeat itself. -1 when there is none. */
static bool game_review_fresh(const sav_skill *s, const char *id)
{
    return strcmp(id, s->last_item) != 0 && strcmp(id, s->due_right_item) != 0;
}

static int game_review_choose(const game *g, const sav_skill *s)
{
    const char *here = game_review_here(g);
    int count = 0, fresh = 0;
    for (int i = 0; i < g->index.pool_count; i++) {
        const game_review_question *r = &g->index.pool[i];
        if (strcmp(r->quiz.skill, s->id) != 0 || strcmp(r->level_id, here) == 0 ||
            game_missed_waiting(g, r->quiz.id))
            continue;
        count++;
        fresh += game_review_fresh(s, r->quiz.id);
    }
    if (count == 0) return -1;
    bool only_fresh = fresh > 0;
    int pick = (int)((s->right + s->wrong) % (uint32_t)(only_fresh ? fresh : count)), seen = 0;
    for (int i = 0; i < g->index.pool_count; i++) {
        const game_review_question *r = &g->index.pool[i];
        if (strcmp(r->quiz.skill, s->id) != 0 || strcmp(r->level_id, here) == 0 ||
            game_missed_waiting(g, r->quiz.id) || (only_fresh && !game_review_fresh(s, r->quiz.id)))
            continue;
        if (seen++ == pick) return i;
    }
    return -1;
}

static int game_pool_find(const game *g, const char *item)
{
    for (int i = 0; i < g->index.pool_count; i++)
        if (strcmp(g->index.pool[i].quiz.id, item) == 0) return i;
    return -1;
}

/* Missed ones first (box 0), then the longest overdue, then by id: the same
 * progress always gives the same review. */
static int game_review_order(const sav_skill *a, const sav_skill *b)
{
    if (a->box != b->box) return a->box - b->box;
    if (a->due_day != b->due_day) return a->due_day < b->due_day ? -1 : 1;
    return strcmp(a->id, b->id);
}

static int game_review_pick(game *g, int *out, int max)
{
    int n = 0;
    const char *here = game_review_here(g);
    /* This session's misses whose turn has come back, oldest first. */
    for (int i = 0; i < g->progress.missed_count && n < max; i++) {
        const game_missed *m = &g->progress.missed[i];
        int at = game_pool_find(g, m->item);
        if (at >= 0 && g->progress.answers >= m->after && strcmp(g->index.pool[at].level_id, here))
            out[n++] = at;
    }
    int skill[SAV_MAX_SKILLS], question[SAV_MAX_SKILLS], due = 0;
    for (int i = 0; i < g->progress.saved.skill_count; i++) {
        const sav_skill *s = &g->progress.saved.skills[i];
        if (!game_skill_taught(g, s->id) || !rev_is_due(s, g->progress.today)) continue;
        bool asked = false;
        for (int k = 0; k < n && !asked; k++) asked = strcmp(g->index.pool[out[k]].quiz.skill, s->id) == 0;
        int q = asked ? -1 : game_review_choose(g, s);
        if (q < 0) continue;
        /* Insertion sort: a few hundred skills at most. */
        int at = due++;
        while (at > 0 && game_review_order(s, &g->progress.saved.skills[skill[at - 1]]) < 0) {
            skill[at] = skill[at - 1];
            question[at] = question[at - 1];
            at--;
        }
        skill[at] = i;
        question[at] = q;
    }
    for (int i = 0; i < due && n < max; i++) out[n++] = question[i];
    return n;
}

int game_reviews_due(game *g)
{
    int ignored[SAV_MAX_SKILLS + GAME_MAX_MISSED];
    return game_review_pick(g, ignored, SAV_MAX_SKILLS + GAME_MAX_MISSED);
}

int game_review_start(game *g, int max)
{
    if (max > GAME_MAX_REVIEW) max = GAME_MAX_REVIEW;
    if (max < 1) max = 1;
    int queue[GAME_MAX_REVIEW];
    int n = game_review_pick(g, queue, max);
    if (n == 0) return 0;
    game_quiz_review(g, queue, n);
    return game_quiz_open(g) || game_screen_find(g, &game_quiz_ops) ? n : 0;
}

/* An exercise some goal of the level in play names: it belongs to its own terminal. */
static bool game_review_goal_item(const game *g, const char *id)
{
    const lvl_def *d = &g->level.def;
    for (int i = 0; i < d->goal_count; i++)
        if (d->goals[i].kind == LVL_GOAL_ANSWER && strcmp(d->goals[i].target, id) == 0) return true;
    return false;
}

static bool game_review_same_skill(const game *g, const lvl_quiz *q, const lvl_quiz *other)
{
    return other != q && other->skill && strcmp(other->skill, q->skill) == 0 &&
           strcmp(other->id, q->id) != 0 && !game_missed_waiting(g, other->id);
}

const lvl_quiz *game_review_instead(const game *g, const lvl_quiz *q)
{
    if (!q || !q->skill || !game_missed_waiting(g, q->id)) return q;
    /* Another of the skill: from the quest banks first (review-only, so no
     * terminal of the level loses its own question), then the level's that
     * no goal names, then any. */
    for (int i = 0; i < g->index.pool_count; i++) {
        const lvl_quiz *other = &g->index.pool[i].quiz;
        if (other->bank && game_review_same_skill(g, q, other)) return other;
    }
    for (int i = 0; i < g->level.def.quiz_count; i++) {
        const lvl_quiz *other = &g->level.def.quizzes[i];
        if (game_review_same_skill(g, q, other) && !game_review_goal_item(g, other->id)) return other;
    }
    for (int i = 0; i < g->level.def.quiz_count; i++)
        if (game_review_same_skill(g, q, &g->level.def.quizzes[i])) return &g->level.def.quizzes[i];
    for (int i = 0; i < g->index.pool_count; i++)
        if (game_review_same_skill(g, q, &g->index.pool[i].quiz)) return &g->index.pool[i].quiz;
    return q;
}

/* --- the clock ----------------------------------------------------------- */

void game_set_minute(game *g, int64_t minute)
{
    if (minute < 0) minute = 0;
    if (minute > SAV_MINUTE_MAX) minute = SAV_MINUTE_MAX;
    g->progress.minute = minute;
    g->progress.today = rev_day_of(minute);
}

void game_set_today(game *g, int32_t today)
{
    if (today < 0) today = 0;
    if (today > SAV_DAY_MAX) today = SAV_DAY_MAX;
    if (today == g->progress.today && g->progress.minute > 0) return;
    game_set_minute(g, (int64_t)today * REV_MINUTES_PER_DAY + 12 * 60);
}

int32_t game_today(const game *g)
{
    return g->progress.today;
}

int64_t game_minute(const game *g)
{
    return g->progress.minute;
}
