import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { UserView } from '../users/users.dto.js';

export class LoginDto {
  @ApiProperty({ description: 'Login name', example: 'admin' })
  @IsString() @Length(1, 64)
  username: string;

  @ApiProperty({ description: 'Password' })
  @IsString() @Length(1, 200)
  password: string;
}

export class LoginResult {
  @ApiProperty({ description: 'JWT to send as `Authorization: Bearer <token>`' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ description: 'The logged-in user', type: UserView }) user: UserView;
}

export class MeView extends UserView {
  @ApiProperty({ description: 'Ids from the county down to the user\'s region; null for a platform operator', type: String, nullable: true }) regionPath: string | null;
}
