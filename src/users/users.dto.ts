import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length, Matches } from 'class-validator';
import { ACCOUNT_ROLES, ROLES, type AccountRole, type Role } from '../common/auth/roles.js';
import { INT4_MAX, IsId, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';

export class CreateUserDto {
  @ApiProperty({ description: 'Login name: 3-64 letters, digits, dot, dash or underscore', example: 'zhang.clerk' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, { message: 'username must be 3-64 letters, digits, dot, dash or underscore' })
  username: string;

  @ApiProperty({ description: 'Password, at least 8 characters', minLength: 8 })
  @IsString()
  @Length(8, 200)
  password: string;

  @ApiProperty({ description: 'Name shown in the audit trail and statements', example: '张文书' })
  @IsString()
  @Length(1, 100)
  displayName: string;

  @ApiProperty({ description: 'The one role of the user', enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ description: 'The region whose subtree the user acts in' })
  @IsId()
  regionId: number;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ description: 'New display name' })
  @Optional()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ description: 'New password, at least 8 characters' })
  @Optional()
  @IsString()
  @Length(8, 200)
  password?: string;

  @ApiPropertyOptional({ description: 'false disables the login at once' })
  @Optional()
  @IsBoolean()
  active?: boolean;
}

export class ListUsersQuery {
  @ApiPropertyOptional({ description: 'Only users of this region subtree' })
  @Optional()
  @QueryId()
  regionId?: number;

  @ApiPropertyOptional({
    description: 'Search: part of the username or of the display name, case-insensitive',
    minLength: 1,
    maxLength: 64,
    example: '张',
  })
  @Optional()
  @IsString()
  @Length(1, 64)
  q?: string;

  @ApiPropertyOptional({ description: 'Only users of this role', enum: ROLES })
  @Optional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Page size', default: 50, maximum: 500 })
  @Optional()
  @QueryIntIn(1, 500)
  limit = 50;

  @ApiPropertyOptional({ description: 'Rows to skip', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset = 0;
}

export class UserView {
  @ApiProperty({ description: 'User id' }) id: number;
  @ApiProperty({ description: 'Login name' }) username: string;
  @ApiProperty({ description: 'Display name' }) displayName: string;
  @ApiProperty({ description: 'Role', enum: ACCOUNT_ROLES }) role: AccountRole;
  @ApiProperty({ description: 'Region of the user; null for a platform operator', type: Number, nullable: true }) regionId: number | null;
  @ApiProperty({ description: 'Whether the user may log in' }) active: boolean;
  @ApiProperty({ description: 'When the user was created' }) createdAt: Date;
  @ApiProperty({ description: 'Last successful login', type: Date, nullable: true }) lastLoginAt: Date | null;
}

export class UserListItemView extends UserView {
  @ApiProperty({ description: "Name of the user's region; null for a platform operator", type: String, nullable: true }) regionName:
    string | null;
}

export class UserPage {
  @ApiProperty({ description: 'Users of this page, oldest account first', type: [UserListItemView] }) items: UserListItemView[];
  @ApiProperty({ description: 'Total matching users' }) total: number;
}
