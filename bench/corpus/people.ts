/**
 * Invented names: people the knowledge base does not list (the build reports each once as
 * an unknown person, as it would for a real corpus), and journalists for bylines.
 * None of them is a real person in these negotiations.
 */
import type { Gender } from '../../src/extract/actors/forms.ts';
import type { Lang } from '../../src/types.ts';

interface Name {
  given: string;
  surname: string;
}

export const UNLISTED_PEOPLE: readonly ({ gender: Gender } & Record<Lang, Name>)[] = [
  { gender: 'female', uk: { given: 'Олена', surname: 'Мартинюк' }, ru: { given: 'Елена', surname: 'Мартынюк' } },
  { gender: 'male', uk: { given: 'Тарас', surname: 'Кравчук' }, ru: { given: 'Тарас', surname: 'Кравчук' } },
  { gender: 'male', uk: { given: 'Ігор', surname: 'Савчук' }, ru: { given: 'Игорь', surname: 'Савчук' } },
  { gender: 'female', uk: { given: 'Наталія', surname: 'Ковальчук' }, ru: { given: 'Наталья', surname: 'Ковальчук' } },
  { gender: 'male', uk: { given: 'Богдан', surname: 'Литвиненко' }, ru: { given: 'Богдан', surname: 'Литвиненко' } },
  { gender: 'female', uk: { given: 'Оксана', surname: 'Шевчук' }, ru: { given: 'Оксана', surname: 'Шевчук' } },
  { gender: 'male', uk: { given: 'Андрій', surname: 'Ткачук' }, ru: { given: 'Андрей', surname: 'Ткачук' } },
  { gender: 'male', uk: { given: 'Дмитро', surname: 'Мельниченко' }, ru: { given: 'Дмитрий', surname: 'Мельниченко' } },
  { gender: 'female', uk: { given: 'Ірина', surname: 'Поліщук' }, ru: { given: 'Ирина', surname: 'Полищук' } },
  { gender: 'male', uk: { given: 'Олексій', surname: 'Воронцов' }, ru: { given: 'Алексей', surname: 'Воронцов' } },
  { gender: 'female', uk: { given: 'Ольга', surname: 'Смирнова' }, ru: { given: 'Ольга', surname: 'Смирнова' } },
  { gender: 'male', uk: { given: 'Павло', surname: 'Колесников' }, ru: { given: 'Павел', surname: 'Колесников' } },
  { gender: 'female', uk: { given: 'Ганна', surname: 'Лебедєва' }, ru: { given: 'Анна', surname: 'Лебедева' } },
  { gender: 'male', uk: { given: 'Сергій', surname: 'Гончаренко' }, ru: { given: 'Сергей', surname: 'Гончаренко' } },
  { gender: 'male', uk: { given: 'Максим', surname: 'Гордієнко' }, ru: { given: 'Максим', surname: 'Гордиенко' } },
  { gender: 'female', uk: { given: 'Катерина', surname: 'Зайченко' }, ru: { given: 'Екатерина', surname: 'Зайченко' } },
];

export const JOURNALISTS: Record<Lang, string[]> = {
  uk: ['Іванна Гончар', 'Марія Коваленко', 'Олег Петренко', 'Юлія Бондаренко', 'Віктор Руденко', 'Софія Данилюк', 'Артем Черненко', 'Дарина Остапчук'],
  ru: ['Анна Петрова', 'Михаил Соколов', 'Ирина Волкова', 'Дмитрий Орлов', 'Наталья Кузнецова', 'Илья Фролов', 'Вера Никитина', 'Григорий Белов'],
};
