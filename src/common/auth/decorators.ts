import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Role } from './roles.js';
import type { Actor, OperatorActor, UserActor } from './actor.js';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const ALLOW_DEVICE = 'auth:device';
export const ALLOW_OPERATOR = 'auth:operator';

/** The OpenAPI extension that marks a public operation until the document is completed (`security: []`). */
export const PUBLIC_EXTENSION = 'x-public';

/** No authentication at all (health, login, public boards). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_EXTENSION, true));

/** Staff roles allowed; without it any authenticated staff user may call. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Kiosk devices with an API key may call this endpoint too. */
export const AllowDevice = () => SetMetadata(ALLOW_DEVICE, true);

/** A platform operator may call this endpoint (it gets `@CurrentPrincipal()`, never a county actor). */
export const AllowOperator = () => SetMetadata(ALLOW_OPERATOR, true);

/** `actor` for county staff and kiosks; `operator` for a platform operator, on the routes that allow one. */
export type AuthedRequest = Request & { actor?: Actor; operator?: OperatorActor };

/** On routes open to platform operators: the staff user or the operator. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): UserActor | OperatorActor => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  const principal = req.operator ?? req.actor;
  if (!principal || principal.kind === 'device') throw new Error('CurrentPrincipal used on a route open to devices or the public');
  return principal;
});

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): UserActor => {
  const actor = ctx.switchToHttp().getRequest<AuthedRequest>().actor;
  if (!actor || actor.kind !== 'user') throw new Error('CurrentUser used on a route open to devices');
  return actor;
});
