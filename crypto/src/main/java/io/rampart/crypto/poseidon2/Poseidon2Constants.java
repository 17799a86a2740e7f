package io.rampart.crypto.poseidon2;

/**
 * Constants of Poseidon2 over Goldilocks, width 12, x^7 S-box, 4 + 4 full rounds and 22 partial
 * rounds, exactly as published by the Poseidon2 authors.
 *
 * <p>Source: github.com/HorizenLabs/poseidon2, file {@code
 * plain_implementations/src/poseidon2/poseidon2_instance_goldilocks.rs}, last changed in commit
 * bb476b9ca38198cf5092487283c8b8c5d4317c4e ("update instances", 2023-06-23) and unchanged at
 * 055bde3f4782731ba5f5ce5888a440a94327eaf3: {@code RC12} (rows 0-3 and 26-29 are the full-round
 * constants; rows 4-25 carry the partial-round constant in column 0 and zeros elsewhere) and {@code
 * MAT_DIAG12_M_1} (the internal matrix is this diagonal plus the all-ones matrix, which {@code
 * MAT_INTERNAL12} in the same file spells out). The hexadecimal strings there are read big-endian;
 * every value is below p, so they are used as they stand. Transcribed by a script, not by hand;
 * {@code Poseidon2KnownAnswerTest} checks the result against the authors' test vector.
 */
public final class Poseidon2Constants {
  private Poseidon2Constants() {}

  /** A copy of the full-round constants: rows 0-3 before the partial rounds, 4-7 after them. */
  public static long[][] externalRoundConstants() {
    long[][] copy = new long[EXTERNAL_RC.length][];
    for (int r = 0; r < copy.length; r++) {
      copy[r] = EXTERNAL_RC[r].clone();
    }
    return copy;
  }

  /** A copy of the 22 partial-round constants (added to lane 0). */
  public static long[] internalRoundConstants() {
    return INTERNAL_RC.clone();
  }

  /** A copy of the internal matrix's diagonal minus one (the matrix is this diagonal + ones). */
  public static long[] internalDiagonalMinusOne() {
    return INTERNAL_DIAG_M_1.clone();
  }

  /** Full-round constants: rows 0-3 before the partial rounds, rows 4-7 after them. */
  static final long[][] EXTERNAL_RC = {
    // before the partial rounds (RC12 rows 0-3)
    {
      0x13DC_F33A_BA21_4F46L,
      0x30B3_B654_A1DA_6D83L,
      0x1FC6_34AD_A615_9B56L,
      0x9374_5996_4DC0_3466L,
      0xEDD2_EF2C_A794_9924L,
      0xEDE9_AFFD_E0E2_2F68L,
      0x8515_B9D6_BAC9_282DL,
      0x6B5C_07B4_E9E9_00D8L,
      0x1EC6_6368_838C_8A08L,
      0x9042_367D_80D1_FBABL,
      0x4002_8356_4A3C_3799L,
      0x4A00_BE04_66BC_A75EL,
    },
    {
      0x7913_BEEE_58E3_817FL,
      0xF545_E885_3223_7D90L,
      0x22F8_CB87_3604_2005L,
      0x6F04_990E_247A_2623L,
      0xFE22_E87B_A37C_38CDL,
      0xD20E_32C8_5FFE_2815L,
      0x1172_2767_4048_FE73L,
      0x4E9F_B7EA_98A6_B145L,
      0xE086_6C23_2B8A_F08BL,
      0x00BB_C779_1688_4964L,
      0x7031_C0FB_990D_7116L,
      0x240A_9E87_CF35_108FL,
    },
    {
      0x2E63_63A5_A122_44B3L,
      0x5E1C_3787_D1B5_011CL,
      0x4132_660E_2A19_6E8BL,
      0x3A01_3B64_8D3D_4327L,
      0xF798_39F4_9888_EA43L,
      0xFE85_658E_BAFE_1439L,
      0xB688_9825_A142_40BDL,
      0x5784_5360_5541_382BL,
      0x4508_CDA8_F6B6_3CE9L,
      0x9C3E_F358_4868_4C91L,
      0x0812_BDE2_3C87_178CL,
      0xFE49_638F_7F72_2C14L,
    },
    {
      0x8E3F_688C_E885_CBF5L,
      0xB8E1_10AC_F746_A87DL,
      0xB4B2_E897_3A6D_ABEFL,
      0x9E71_4C5D_A3D4_62ECL,
      0x6438_F903_3D3D_0C15L,
      0x2431_2F7C_F1A2_7199L,
      0x23F8_43BB_47AC_BF71L,
      0x9183_F11A_34BE_9F01L,
      0x8390_62FB_B9D4_5DBFL,
      0x24B5_6E7E_6C2E_43FAL,
      0xE168_3DA6_1C96_2A72L,
      0xA95C_6397_1A19_BFA7L,
    },
    // after the partial rounds (RC12 rows 26-29)
    {
      0xC68B_E7C9_4882_A24DL,
      0xAF99_6D5D_5CDA_EDD9L,
      0x9717_F025_E7DA_F6A5L,
      0x6436_679E_6E72_16F4L,
      0x8A22_3D99_047A_F267L,
      0xBB51_2E35_A133_BA9AL,
      0xFBBF_4409_7671_AA03L,
      0xF040_58EB_F681_1E61L,
      0x5CCA_8470_3FAC_7FFBL,
      0x9B55_C794_5DE6_469FL,
      0x8E05_BF09_808E_934FL,
      0x2EA9_00DE_8763_07D7L,
    },
    {
      0x7748_FFF2_B38D_FB89L,
      0x6B99_A676_DD3B_5D81L,
      0xAC4B_B7C6_27CF_7C13L,
      0xADB6_EBE5_E9E2_F5BAL,
      0x2D33_378C_AFA2_4AE3L,
      0x1E5B_7380_7543_F8C2L,
      0x0920_8814_BFEB_B10FL,
      0x782E_64B6_BB5B_93DDL,
      0xADD5_A48E_AC90_B50FL,
      0xADD4_C54C_736E_A4B1L,
      0xD58D_BB86_ED81_7FD8L,
      0x6D5E_D1A5_33F3_4DDDL,
    },
    {
      0x2868_6AA3_E36B_7CB9L,
      0x591A_BD34_7668_9F36L,
      0x047D_7666_78F1_3875L,
      0xA2A1_1112_625F_5B49L,
      0x21FD_10A3_F830_4958L,
      0xF9B4_0711_443B_0280L,
      0xD269_7EB8_B2BD_E88EL,
      0x3493_790B_5173_1B3FL,
      0x11CA_F9DD_7376_4023L,
      0x7ACF_B8F7_2878_164EL,
      0x744E_C4DB_23CE_FC26L,
      0x1E00_E58F_422C_6340L,
    },
    {
      0x21DD_28D9_06A6_2DDAL,
      0xF32A_46AB_5F46_5B5FL,
      0xBFCE_1320_1F3F_7E6BL,
      0xF30D_2E7A_DB53_04E2L,
      0xECDF_4EE4_ABAD_48E9L,
      0xF94E_8218_2D39_5019L,
      0x4EE5_2E37_44D8_87C5L,
      0xA134_1C7C_AC00_83B2L,
      0x2302_FB26_C30C_834AL,
      0xAEA3_C587_273B_F7D3L,
      0xF798_E249_6182_3EC7L,
      0x962D_EBA3_E9A2_CD94L,
    },
  };

  /** Partial-round constants, added to state element 0 only (RC12 rows 4-25, column 0). */
  static final long[] INTERNAL_RC = {
    0x4ADF_842A_A75D_4316L,
    0xF8FB_B871_AA4A_B4EBL,
    0x68E8_5B6E_B2DD_6AEBL,
    0x07A0_B06B_2D27_0380L,
    0xD94E_0228_BD28_2DE4L,
    0x8BDD_91D3_250C_5278L,
    0x209C_68B8_8BBA_778FL,
    0xB5E1_8CDA_B77F_3877L,
    0xB296_A3E8_08DA_93FAL,
    0x8370_ECBD_A11A_327EL,
    0x3F90_7528_3775_DAD8L,
    0xB780_95BB_23C6_AA84L,
    0x3F36_B9FE_72AD_4E5FL,
    0x69BC_9678_0B10_B553L,
    0x3F1D_341F_2EB7_B881L,
    0x4E93_9E98_1583_8818L,
    0xDA36_6B3A_E2A3_1604L,
    0xBC89_DB1E_7287_D509L,
    0x6102_F411_F9EF_5659L,
    0x5872_5C5E_7AC1_F0ABL,
    0x0DF5_856C_7988_83E7L,
    0xF7BB_62A8_DA4C_961BL,
  };

  /** MAT_DIAG12_M_1: the internal matrix is diag(D) + J, J the all-ones matrix. */
  static final long[] INTERNAL_DIAG_M_1 = {
    0xC3B6_C08E_23BA_9300L,
    0xD84B_5DE9_4A32_4FB6L,
    0x0D0C_371C_5B35_B84FL,
    0x7964_F570_E718_8037L,
    0x5DAF_18BB_D996_604BL,
    0x6743_BC47_B959_5257L,
    0x5528_B936_2C59_BB70L,
    0xAC45_E25B_7127_B68BL,
    0xA207_7D7D_FBB6_06B5L,
    0xF3FA_AC6F_AEE3_78AEL,
    0x0C63_88B5_1545_E883L,
    0xD27D_BB69_4491_7B60L,
  };
}
