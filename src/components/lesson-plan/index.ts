export { default as LessonPlanView } from './LessonPlanView.svelte';
export { default as PlanSheet } from './PlanSheet.svelte';
export { default as TeacherFieldsForm } from './TeacherFieldsForm.svelte';
