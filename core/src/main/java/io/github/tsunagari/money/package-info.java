/**
 * Money in grant data: amounts in yen ({@link io.github.tsunagari.money.Yen}, 金額) and subsidy rates
 * ({@link io.github.tsunagari.money.SubsidyRate}, 補助率), exact and without floating point, read from the forms
 * Japanese documents write them in ({@code 600万円}, {@code 1億2,000万円}, {@code 176百万円}, {@code ¥1,781,931-},
 * {@code 750,000円(税込)}, {@code 2/3}, {@code 3分の2}, {@code 1/2以内}, {@code 20%}), and the unit a table states once
 * for its amounts ({@link io.github.tsunagari.money.YenUnit}, 単位: {@code 金額(千円)}, {@code (単位:百万円)}).
 */
package io.github.tsunagari.money;
