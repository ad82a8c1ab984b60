import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { UserView } from '../users/users.dto.js';

export class LoginDto {
  @ApiProperty({ description: 'Login name', example: 'admin' })
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ description: 'Password' })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class LoginResult {
  @ApiProperty({ description: 'JWT to send as `Authorization: Bearer <token>`' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ description: 'The logged-in user', type: UserView }) user: UserView;
}

export class MeView extends UserView {
  @ApiProperty({ description: "Ids from the county down to the user's region; null for a platform operator", type: String, nullable: true })
  regionPath: string | null;
}

export class ResidentLoginDto {
  @ApiProperty({
    description: 'Card code of the household (printed on its card or door plate; case, spaces and dashes do not matter)',
    example: 'K7M2-9QXD-4TPA',
  })
  @IsString()
  @Length(4, 32)
  cardCode: string;

  @ApiProperty({
    description: 'The PIN the village gave the household: eight digits (six for PINs given before 2027)',
    example: '53071846',
  })
  @Matches(/^(\d{6}|\d{8})$/, { message: 'pin must be eight digits (or six, for an older PIN)' })
  pin: string;
}

export class ResidentHouseholdView {
  @ApiProperty({ description: 'Household id (the holder id in household programs)' }) id: number;
  @ApiProperty({ description: 'Card code' }) cardCode: string;
  @ApiProperty({ description: 'Household number within the village' }) householdNo: string;
  @ApiProperty({ description: 'Head of household, masked (张*)' }) headNameMasked: string;
  @ApiProperty({ description: 'Village id' }) villageId: number;
  @ApiProperty({ description: 'Village name' }) villageName: string;
}

export class ResidentLoginResult {
  @ApiProperty({ description: 'JWT to send as `Authorization: Bearer <token>`; it acts for this household only' }) accessToken: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ description: 'The household logged in', type: ResidentHouseholdView }) household: ResidentHouseholdView;
}
