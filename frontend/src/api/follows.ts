import { unwrap } from './client';
import type { components } from './schema';
import { useApiQuery } from './useApiQuery';
import { useWrite } from './useWrite';

export type Follow = components['schemas']['FollowOut'];
export type FollowKind = Follow['kind'];
export type Digest = components['schemas']['DigestOut'];

export function useMyFollows(enabled: boolean) {
  return useApiQuery(['follows'], (api) => api.GET('/api/v1/me/follows'), { enabled });
}

export function useFollow() {
  return useWrite(['follows'], (api, body: { kind: FollowKind; key: string }) =>
    unwrap(api.POST('/api/v1/me/follows', { body })),
  );
}

export function useUnfollow() {
  return useWrite(['follows'], (api, id: number) =>
    unwrap(api.DELETE('/api/v1/me/follows/{follow_id}', { params: { path: { follow_id: id } } })),
  );
}

export function useDigestPreview() {
  return useWrite([], (api) => unwrap(api.POST('/api/v1/me/digest-preview')));
}
