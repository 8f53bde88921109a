//! Common given names and the gender they usually go with, used only as a hint when the article
//! itself gives none (a title such as `Ms.` or a later `she` outweighs it).

use super::words::Gender;
use crate::fast_hash::FastMap;
use std::sync::OnceLock;

const MALE: &str = "Aaron Pat Chris Jamie Jordan Taylor Casey Abdul Adam Adrian Ahmed Alan Albert Alex Alexander Alexei Ali Andre Andrei \
Andrew Andy Angus Anthony Antony Antonio Arthur Ashton Barack Ben Benjamin Bernie Bill Billy Bob \
Bobby Boris Brad Bradley Brandon Brendan Brett Brian Brock Bruce Bryan Caleb Calvin Carl Carlos \
Cameron Chad Charles Charlie Chris Christian Christopher Chuck Clarence Clark Colin Connor Conor \
Craig Dale Dan Daniel Danny Darren Dave David Dean Dennis Derek Dmitry Dominic Don Donald Doug \
Dougie Douglas Drew Dustin Dwight Dylan Ed Eddie Edward Elijah Elon Emmanuel Eric Erik Ethan Evan \
Frank Franklin Fred Frederick Gabriel Gary Gavin Geoff George Gerald Glen Glenn Gordon Graham Grant \
Greg Gregory Hamid Harold Harry Hassan Henry Hugh Hunter Ian Isaac Ivan Jack Jacob Jake James Jamie \
Jared Jason Jeb Jeff Jeffrey Jeremy Jerome Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon Jonathan \
Jordan Jose Joseph Josh Joshua Juan Julian Justin Keith Ken Kenneth Kevin Kim Kirk Kurt Kyle Lance \
Larry Lee Leo Leon Liam Lloyd Logan Louis Luc Luis Luke Malcolm Marc Marco Mario Mark Martin Marvin \
Matt Matthew Max Maxime Michael Mick Mike Mikael Mitch Mitchell Mohamed Mohammed Muhammad Nathan Neil \
Nick Nicholas Nicolas Noah Norman Oliver Omar Oscar Owen Patrick Paul Pete Peter Phil Philip Pierre \
Rafael Ralph Randy Ray Raymond Reggie Ricardo Richard Rick Rob Robert Rod Rodney Roger Roman Ron \
Ronald Ross Roy Russell Ryan Sam Samuel Scott Sean Sebastian Sergei Sergey Seth Shane Shaun Sidney \
Simon Stan Stanley Stephen Steve Steven Stuart Ted Terry Theodore Thomas Tim Timothy Todd Tom Tommy \
Tony Travis Trevor Troy Tyler Victor Vince Vincent Vladimir Volodymyr Walter Warren Wayne Wes Will \
William Xavier Yves Zach Zachary Jagmeet Justin Doug Jason Blaine Brent Rene Rémi François Jean-Yves \
Jean-Pierre Jean-Guy Benoit Mathieu Guillaume Olivier Stephane Stéphane Sylvain Yannick Denis Gilles \
Marcel Andre André Gaétan Jacques Michel Normand Réal Jeremiah Josiah Mohammad Rahul Raj Sanjay Amit \
Arjun Ravi Vikram Hiroshi Kenji Wei Jun Chen Lars Sven Nils Hans Jürgen Klaus Dieter Friedrich Olaf \
Giuseppe Luca Matteo Francesco Pablo Diego Javier Alejandro Miguel Fernando Eduardo Sergio Jair Lula \
Recep Emmanuel Kwame Kofi Ahmad Yusuf Ibrahim Mustafa Khalid Tariq Benny Bibi Naftali Yair Avi Moshe \
Aidan Aiden Alain Alastair Alec Alfred Allan Allen Alvin Ambrose Amir Andreas Andres Angelo \
Anton Armand Arnold Asher Austin Axel Barry Bart Benedict Bernard Blair Blake Bo Brady Brayden \
Brody Bryce Byron Carson Casey Cecil Cedric Chester Clay Clayton Cliff Clifford Clint Clinton \
Cody Cole Conrad Corey Cory Curtis Cyril Damian Damien Dane Darcy Darrell Darryl Declan \
Desmond Devin Dexter Dillon Dominique Duncan Dwayne Earl Eli Elliot Elliott Elmer Emil Emmett \
Enrique Ernest Ernie Ervin Eugene Everett Ezra Felix Fernand Finn Floyd Forrest Francis Fraser \
Gareth Garrett Gene Geoffrey Gerard Gerry Gil Gilbert Gord Gus Guy Hal Hank Harlan Harrison \
Harvey Hector Herb Herbert Homer Horace Howard Hubert Hugo Humberto Ignacio Irving Isaiah Ivor \
Jamal Jarrett Jasper Jay Jed Jeffery Jerald Jermaine Joaquin Joey Johan Jonah Jorge Julio Julius \
Kai Kane Karl Keegan Kelvin Kendall Kent Kieran Kirby Kristopher Lamar Lane Laurence \
Lawrence Leif Leland Lenny Leonard Leroy Les Lester Levi Lewis Lincoln Lionel Lorne Lucas \
Luciano Lyle Mac Mackenzie Malik Manuel Marcus Mariano Marshall Mason Maurice Maxwell Melvin \
Micah Miles Milo Milton Mitchel Morgan Morris Murray Nathaniel Ned Neville Nigel Noel Nolan \
Norbert Orlando Otto Pascal Percy Perry Preston Quentin Quinn Ramon Randall Raul Reed Reginald \
Reid Rex Rhys Rich Richie Riley Robbie Roberto Rocco Rocky Rodrigo Roland Rolf Ronnie Rory Rowan \
Rudy Rupert Russ Rusty Salvador Sammy Saul Shawn Sheldon Sherman Silas Spencer Sterling Steffen \
Stefan Stephan Sunil Tanner Terrence Terrance Thierry Tobias Toby Tomas Trent Tristan Tucker Ty \
Tyrone Ulrich Valentin Vern Vernon Vijay Wade Wallace Ward Wendell Wesley Wilfred Willard Willie \
 Winston Yuri Zane Zeke Khaled Karim Rashid Samir Walid Yasser Mahmoud Nabil Hamza Bilal \
Faisal Imran Mehdi Reza Farid Aziz Anil Deepak Harjit Jaspal Navdeep Gurpreet Sukhwinder \
Harinder Dinesh Jonas Darius Marc-Andre Jean-Marc Jean-Francois Jean-François \
Yvon Claude Rejean Réjean Ghislain Alexandre Sebastien Sébastien Frederic Frédéric Patrice \
Hugues Philippe Jérôme Laurent Lucien Serge Bruno Thibault Antoine";

const FEMALE: &str = "Abby Pat Chris Jamie Jordan Taylor Casey Abigail Ada Adriana Aileen Alexa Alexandra Alexis Alice Alicia Alison \
Allison Amanda Amber Amy Ana Andrea Angela Angelina Anita Ann Anna Anne Annie Ashley Audrey Barbara \
Beatrice Becky Belinda Beth Betsy Betty Beverly Brenda Bridget Brittany Brooke Caitlin Camila Candice \
Cara Carla Carly Carmen Carol Caroline Carolyn Carrie Catherine Cathy Charlotte Chelsea Cheryl \
Chloe Christina Christine Chrystia Cindy Claire Clara Claudia Colleen Courtney Crystal Cynthia Daisy \
Dana Danielle Darian Deborah Debbie Debra Denise Diana Diane Donna Doris Dorothy Elaine Eleanor Elena \
Elisabeth Elise Eliza Elizabeth Ella Ellen Emily Emma Erica Erin Eva Evelyn Faith Fiona Florence \
Frances Gabriela Gabrielle Gail Gina Gloria Grace Hailey Hannah Harriet Heather Heidi Helen Hillary \
Holly Hope Ilhan Irene Iris Isabel Isabella Jackie Jacqueline Jade Jane Janet Janice Jasmine Jean \
Jen Jenna Jennifer Jenny Jessica Jill Joan Joanna Jodie Jody Josephine Joy Joyce Judith Judy Julia \
Julie Justine Kamala Karen Karina Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kay Kayla \
Kelly Kendra Kim Kimberly Kirsten Krista Kristen Kristin Kyla Laura Lauren Leah Leslie Liliya Lily \
Linda Lindsay Lindsey Lisa Liz Lois Lori Louise Lucy Lydia Lynn Madeleine Madison Mandy Margaret \
Maria Marie Marilyn Marina Marion Marjorie Martha Mary Maya Megan Melanie Melania Melissa Meredith \
Mia Michelle Mila Miranda Molly Monica Nadia Nancy Naomi Natalie Natasha Nicole Nikki Nina Nora \
Olivia Pamela Patricia Paula Pauline Peggy Penny Phyllis Priscilla Rachel Rebecca Regina Renee Rita \
Roberta Robin Rosa Rose Ruth Sabrina Sally Samantha Sandra Sara Sarah Sharon Sheila Shelby Shirley \
Sophia Sophie Stacey Stephanie Sue Susan Suzanne Sylvia Tamara Tammy Tanya Tara Teresa Theresa \
Tiffany Tina Tracy Tulsi Ursula Valerie Vanessa Veronica Victoria Virginia Wendy Whitney Yvonne Zoe \
Greta Angela Theresa Jacinda Marine Giorgia Nicola Ruth Melanie Catherine Mélanie Isabelle Geneviève \
Chantal Nathalie Sylvie Josée Manon Julie Lucie Priya Anjali Sunita Indira Mei Yuki Ingrid Astrid \
Sigrid Ursula Annalena Marta Lucia Sofia Valentina Francesca Giulia Dilma Cristina Fatima Aisha Leila \
Layla Yasmin Zainab Amina Golda Tzipi Nikki Ayanna Alexandria Rashida Elise Marsha Kristi Kirstjen \
Nikki Sarah Huckabee Dana Kellyanne Ivanka Melinda Oprah Beyonce Taylor \
Adele Adrienne Agnes Aimee Alana Alanna Alberta Alejandra Alexia Alina Alisha Allie Alma Alyssa \
Amelia Anastasia Andrée Angie Annette Antoinette April Arlene Autumn Ava Avery Bailey Bernadette \
Bernice Bethany Bianca Blanche Bonnie Brianna Bridgette Brigitte Britney Brittney Caitlyn Callie \
Camille Candace Carissa Carmela Carolina Cassandra Cassidy Catalina Cecilia Celeste Celia \
Charlene Charmaine Cherie Christa Christy Ciara Cierra Clarissa Claudette Connie Constance Cora \
Corinne Dahlia Daphne Darlene Dawn Deanna Deirdre Delia Della Delores Dena Desiree Dianne Dina \
Dolores Dominique Doreen Dorothea Edith Edna Eileen Elaina Eliana Ellie Eloise Elsa Elsie Emilia \
Erika Esme Esther Estelle Ethel Eugenia Eunice Evangeline Felicia Fern Gabby Genevieve Georgia \
Georgina Geraldine Gillian Ginger Gladys Glenda Gretchen Gwen Gwendolyn Haley Harper Hazel \
Helena Henrietta Hilary Ida Imogen Ines Isla Ivy Jada Janelle Janine Jeanette Jeanne Jeannie \
Jenifer Jessie Jillian Joanne Jocelyn Johanna Jolene Jordana Josie Juanita Judi Juliana Julianne \
Juliet June Kaitlyn Kara Kari Karla Kasey Katelyn Katharine Kathrine Katy Kelli Kellie Kelsey \
Kendall Kerry Kiara Kirsty Kristina Kristy Lacey Lana Lara Larissa Latoya Laurel Laurie \
Leanne Leigh Lena Leona Leticia Lila Lillian Lina Lindy Lorena Loretta Lorraine Louisa Luann \
Lucille Luisa Lyn Lynda Lynne Mabel Mackenzie Madeline Mae Maggie Malia Mallory Mara Marcia \
Margo Marguerite Mariah Marian Marianne Maribel Marisa Marissa Marla Marlene Maureen Mavis \
Maxine May Meghan Mercedes Meryl Michaela Mildred Millie Mindy Miriam Misty Mona Morgan \
Muriel Myra Nadine Nell Nellie Nia Noelle Norma Odette Olga Opal Paige Pam Patrice Patsy Pearl \
Petra Philippa Piper Polly Rae Ramona Raquel Reba Rena Rhonda Robyn Rochelle Rosalind Rosalie \
Rosemary Rosie Rowena Roxanne Ruby Sadie Sasha Savannah Selena Serena Shana Shannon Shauna \
Shawna Shelley Sherri Sherry Shona Sienna Simone Sonia Sonya Stacy Stella Summer Susanne Suzette \
Sydney Tabitha Tania Tatiana Tess Tessa Thelma Toni Tonya Tori Tricia Trudy Valeria Vera Vicki \
Vickie Vicky Viola Violet Vivian Wanda Willa Wilma Yolanda Yvette Zara Zelda Morgane \
Mélissa Émilie Emilie Véronique Veronique Lise Claudine Francine Ginette Huguette Jocelyne \
Johanne Line Lyne Maryse Micheline Monique Pierrette Solange Yolande Carole Guylaine Martine \
Mireille Raymonde Thérèse Therese Anne-Marie Marie-Claude Marie-Eve Marie-Ève Marie-France \
Marie-Josée Simran Harpreet Navjot Gurleen Jaspreet Manpreet Kiran Deepa Neha Pooja Rani Meena \
Shreya Farah Hana Hanan Mariam Maryam Nour Noor Rania Salma Samira Sana";

/// `Some(gender)` for a name on one list, `None` for a name on both (Kim, Jean).
fn table() -> &'static FastMap<&'static str, Option<Gender>> {
    static TABLE: OnceLock<FastMap<&'static str, Option<Gender>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = FastMap::default();
        for n in MALE.split_ascii_whitespace() {
            map.insert(n, Some(Gender::Male));
        }
        for n in FEMALE.split_ascii_whitespace() {
            let g = match map.get(n) {
                Some(Some(Gender::Male)) | Some(None) => None,
                _ => Some(Gender::Female),
            };
            map.insert(n, g);
        }
        map
    })
}

/// The gender a given name usually goes with, if it is a common one.
pub fn gender(first: &str) -> Option<Gender> {
    table().get(first).copied().flatten()
}

/// Whether the word is a common given name of either gender.
pub fn is_first_name(word: &str) -> bool {
    table().contains_key(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genders() {
        assert_eq!(gender("Antony"), Some(Gender::Male));
        assert_eq!(gender("Jen"), Some(Gender::Female));
        assert_eq!(gender("Beth"), Some(Gender::Female));
        assert_eq!(gender("Kim"), None);
        assert_eq!(gender("Blinken"), None);
    }
}
