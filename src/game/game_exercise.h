/* game_exercise: an exercise on screen (game_exercise.c: the screen, its
 * input and the review run; game_exercise_rows.c: what each kind shows as
 * rows, asking and after the answer; game_exercise_draw.c: laying rows out,
 * code in a monospace panel with colours). Private to the game module. */
#ifndef SQ_GAME_EXERCISE_H
#define SQ_GAME_EXERCISE_H

#include "game_internal.h"

#define EX_MAX_ROWS 96
#define EX_ROW_BYTES 320
#define EX_MAX_ITEMS 8

typedef enum {
    EX_MARK_NONE,
    EX_MARK_BOX_EMPTY, /* "[ ]": a choice not picked (pick all that apply) */
    EX_MARK_BOX_FULL,  /* "[x]" */
} ex_mark;

typedef enum { EX_ROW_TEXT, EX_ROW_CODE, EX_ROW_GAP } ex_row_kind;

typedef struct {
    ex_row_kind kind;
    char text[EX_ROW_BYTES];
    char right_text[64]; /* drawn at the right edge: a bin, a token */
    ren_color color;
    ex_mark mark;
    int indent;          /* pixels */
    int target;          /* the cursor position that chooses this row, -1 none */
    bool highlight;      /* a band behind it: the held item, the code line under the cursor */
    int line_number;     /* code rows: 1-based, 0 none */
    bool dim_code;       /* code rows: drawn without colours (feedback marks it) */
} ex_row;

typedef struct {
    ex_row rows[EX_MAX_ROWS];
    int count;
} ex_rows;

struct game_quiz {
    const lvl_quiz *quiz;
    const lvl_quiz *stands_for; /* asked in place of this one (missed a moment ago), or NULL */
    char title[200]; /* "Terminal", or which review this is */
    char note[160];  /* after the answer: a skill mastered, when one was */
    bool answered, correct;
    /* What is shown where: position -> the item's index as written. */
    int shown[EX_MAX_ITEMS];
    int shown_count;
    bool picked[LVL_MAX_CODE_LINES]; /* choice (all that apply), code (several lines) */
    int held;                        /* order: the position being moved, -1 none */
    int bin[EX_MAX_ITEMS];           /* sort: the bin chosen for each item as written, 0 = none */
    int token[LVL_MAX_BLANKS];       /* fill: the option chosen for each blank (as written), -1 none */
    int token_order[LVL_MAX_BLANKS][LVL_MAX_TOKENS];
    int scroll;                      /* first row shown */
    /* spaced review: exercises from other levels, asked one after another */
    bool review;
    int queue[GAME_MAX_REVIEW];      /* indices into the index's pool */
    int count, at, right;
    /* a terminal's run of exercises, asked one after another */
    const lvl_quiz *series[16];
    int series_count, series_at;
    char series_title[100];
};

/* Interactive positions (the cursor's range): items, then "Check" when the
 * kind needs one. */
int ex_positions(const game_quiz *qs);
/* True when the kind is answered with a "Check" row (several picks). */
bool ex_has_check(const game_quiz *qs);
/* Fills rows for the exercise as it stands (asking, or after the answer). */
void ex_build_rows(const game *g, const game_screen *s, ex_rows *out);
/* The player's answer, judged. */
bool ex_is_right(const game_quiz *qs);

/* Layout: where each row goes, measured with the game's fonts (the same for
 * drawing and clicks). */
typedef struct {
    ren_rect box;
    int header_h;  /* title and prompt */
    int body_y, body_h;
    int row_y[EX_MAX_ROWS], row_h[EX_MAX_ROWS];
    int first, last; /* rows shown: [first, last) */
    bool more_above, more_below;
} ex_layout;

void ex_place(const game *g, const game_screen *s, const ex_rows *rows, ex_layout *l);
void ex_draw(const game *g, const game_screen *s, game_painter *p);
int ex_code_line_height(const game *g);

#endif
