import { atom } from 'nanostores';

/**
 * Set by 投影模式 when the teacher asks for the reference answers of the section on screen; quizzes and
 * form exercises show their answers while it is true. Kept in memory only: a reload, leaving projector
 * mode or moving to another section hides the answers again, and students at home never see it set.
 */
export const teacherReveal = atom(false);
