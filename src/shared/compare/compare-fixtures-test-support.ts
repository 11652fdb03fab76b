// Two versions of an English and of a Chinese report for the comparison's tests (imported by *.test.ts files and e2e).

export const EN_V1 = `Report on the Work of the Lanxi County Government

I. Review of Work in 2023

1. Stabilising growth.

The economy grew steadily and output rose 5.2% over the year before.

Grain self-sufficiency reached 95% of the provincial target, the best result in a decade.

2. Improving services.

Every township opened a clinic with a doctor on duty every day of the week.

The old bus depot on East Road was closed and its site cleared for new housing.

Libraries in all districts stayed open until nine in the evening on weekdays.

II. Tasks for 2024

1. Growth.

We will keep growth at around 5% and create sixty thousand new urban jobs.

2. Villages.

Rural roads will be widened so that every village is reached by a bus line.
`;

export const EN_V2 = `Report on the Work of the Lanxi County Government

I. Review of Work in 2023

1. Stabilising growth.

The economy grew steadily and output rose 5.2% over the year before.

Grain self-sufficiency reached 96% of the provincial target, the best result in a decade.

2. Improving services.

Every township opened a clinic with a doctor on duty every day of the week.

II. Tasks for 2024

1. Growth.

We will keep growth at around 5% and create sixty thousand new urban jobs.

A new fund of two billion yuan will support small firms that hire school leavers.

2. Villages.

Rural roads will be widened so that every village is reached by a bus line.

Libraries in all districts stayed open until nine in the evening on weekdays.
`;

export const ZH_V1 = `政府工作报告

一、2023年工作回顾

（一）着力稳定经济增长。

全年地区生产总值增长6.3%，一般公共预算收入稳步增长。

粮食总产量达到95万吨，连续十年保持稳定。

（二）着力改善民生。

每个乡镇都建成了标准化卫生院，群众就医更加方便。

东路老公交站已经关闭，原址正在建设保障性住房。

二、2024年主要任务

（一）加快建设现代化产业体系。

地区生产总值增长6%左右，城镇新增就业六万人。
`;

export const ZH_V2 = `政府工作报告

一、2023年工作回顾

（一）着力稳定经济增长。

全年地区生产总值增长6.5%，一般公共预算收入稳步增长。

粮食总产量达到95万吨，连续十年保持稳定。

（二）着力改善民生。

每个乡镇都建成了标准化卫生院，群众就医更加方便。

二、2024年主要任务

（一）加快建设现代化产业体系。

地区生产总值增长6%左右，城镇新增就业六万人。

设立二十亿元专项基金，支持中小企业吸纳高校毕业生就业。
`;
