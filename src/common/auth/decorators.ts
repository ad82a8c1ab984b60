import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Role } from './roles.js';
import type { Actor, OperatorActor, ResidentActor, UserActor } from './actor.js';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const ALLOW_DEVICE = 'auth:device';
export const ALLOW_OPERATOR = 'auth:operator';
export const ALLOW_RESIDENT = 'auth:resident';

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

/** A resident logged in with card code and PIN may call this endpoint, for its own household (it gets `@CurrentCaller()`). */
export const AllowResident = () => SetMetadata(ALLOW_RESIDENT, true);

/** `actor` for county staff and kiosks; `operator` for a platform operator and `resident` for a resident, on the routes that allow them. */
export type AuthedRequest = Request & { actor?: Actor; operator?: OperatorActor; resident?: ResidentActor };

/** On routes open to platform operators: the staff user or the operator. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): UserActor | OperatorActor => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  const principal = req.operator ?? req.actor;
  if (!principal || principal.kind === 'device') throw new Error('CurrentPrincipal used on a route open to devices or the public');
  return principal;
});

/** On routes open to residents: the resident, or the staff user (never a device). */
export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): UserActor | ResidentActor => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  const caller = req.resident ?? req.actor;
  if (!caller || caller.kind === 'device') throw new Error('CurrentCaller used on a route open to devices or the public');
  return caller;
});

/** On read routes open to residents as well: the staff user or kiosk, or the resident. */
export const CurrentReader = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | ResidentActor => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  const reader = req.resident ?? req.actor;
  if (!reader) throw new Error('CurrentReader used on a public route');
  return reader;
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
