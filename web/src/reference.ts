import { api } from './api/client';
import type { ReferenceLists } from './api/types';

let lists: Promise<ReferenceLists> | undefined;

/** The members service's reference lists, read once per page load. */
export function referenceLists(): Promise<ReferenceLists> {
  lists ??= api<ReferenceLists>('/members/reference').catch((failure) => {
    lists = undefined;
    throw failure;
  });
  return lists;
}
