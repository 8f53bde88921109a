//! Common given names and the gender they usually go with, used only as a hint when the article
//! itself gives none (a title such as `Ms.` or a later `she` outweighs it).

use super::words::Gender;
use super::WordSet;

#[rustfmt::skip]
static MALE: WordSet = word_set!("
    Aaron Abdul Adam Adrian Ahmad Ahmed Aidan Aiden Alain Alan Alastair Albert Alec Alejandro Alex
    Alexander Alexandre Alexei Alfred Ali Allan Allen Alvin Ambrose Amir Amit Andre Andreas Andrei
    Andres Andrew André Andy Angelo Angus Anil Anthony Antoine Anton Antonio Antony Arjun Armand
    Arnold Arthur Asher Ashton Austin Avi Axel Aziz Barack Barry Bart Ben Benedict Benjamin Benny
    Benoit Bernard Bernie Bibi Bilal Bill Billy Blaine Blair Blake Bo Bob Bobby Boris Brad Bradley
    Brady Brandon Brayden Brendan Brent Brett Brian Brock Brody Bruce Bruno Bryan Bryce Byron Caleb
    Calvin Cameron Carl Carlos Carson Casey Cecil Cedric Chad Charles Charlie Chen Chester Chris
    Christian Christopher Chuck Clarence Clark Claude Clay Clayton Cliff Clifford Clint Clinton Cody
    Cole Colin Connor Conor Conrad Corey Cory Craig Curtis Cyril Dale Damian Damien Dan Dane Daniel
    Danny Darcy Darius Darrell Darren Darryl Dave David Dean Declan Deepak Denis Dennis Derek
    Desmond Devin Dexter Diego Dieter Dillon Dinesh Dmitry Dominic Dominique Don Donald Doug Dougie
    Douglas Drew Duncan Dustin Dwayne Dwight Dylan Earl Ed Eddie Eduardo Edward Eli Elijah Elliot
    Elliott Elmer Elon Emil Emmanuel Emmett Enrique Eric Erik Ernest Ernie Ervin Ethan Eugene Evan
    Everett Ezra Faisal Farid Felix Fernand Fernando Finn Floyd Forrest Francesco Francis Frank
    Franklin François Fraser Fred Frederic Frederick Friedrich Frédéric Gabriel Gareth Garrett Gary
    Gavin Gaétan Gene Geoff Geoffrey George Gerald Gerard Gerry Ghislain Gil Gilbert Gilles Giuseppe
    Glen Glenn Gord Gordon Graham Grant Greg Gregory Guillaume Gurpreet Gus Guy Hal Hamid Hamza Hank
    Hans Harinder Harjit Harlan Harold Harrison Harry Harvey Hassan Hector Henry Herb Herbert
    Hiroshi Homer Horace Howard Hubert Hugh Hugo Hugues Humberto Hunter Ian Ibrahim Ignacio Imran
    Irving Isaac Isaiah Ivan Ivor Jack Jacob Jacques Jagmeet Jair Jake Jamal James Jamie Jared
    Jarrett Jason Jaspal Jasper Javier Jay Jean-Francois Jean-François Jean-Guy Jean-Marc
    Jean-Pierre Jean-Yves Jeb Jed Jeff Jeffery Jeffrey Jerald Jeremiah Jeremy Jermaine Jerome Jerry
    Jesse Jim Jimmy Joaquin Joe Joel Joey Johan John Johnny Jon Jonah Jonas Jonathan Jordan Jorge
    Jose Joseph Josh Joshua Josiah Juan Julian Julio Julius Jun Justin Jérôme Jürgen Kai Kane Karim
    Karl Keegan Keith Kelvin Ken Kendall Kenji Kenneth Kent Kevin Khaled Khalid Kieran Kim Kirby
    Kirk Klaus Kofi Kristopher Kurt Kwame Kyle Lamar Lance Lane Larry Lars Laurence Laurent Lawrence
    Lee Leif Leland Lenny Leo Leon Leonard Leroy Les Lester Levi Lewis Liam Lincoln Lionel Lloyd
    Logan Lorne Louis Luc Luca Lucas Luciano Lucien Luis Luke Lula Lyle Mac Mackenzie Mahmoud
    Malcolm Malik Manuel Marc Marc-Andre Marcel Marco Marcus Mariano Mario Mark Marshall Martin
    Marvin Mason Mathieu Matt Matteo Matthew Maurice Max Maxime Maxwell Mehdi Melvin Micah Michael
    Michel Mick Miguel Mikael Mike Miles Milo Milton Mitch Mitchel Mitchell Mohamed Mohammad
    Mohammed Morgan Morris Moshe Muhammad Murray Mustafa Nabil Naftali Nathan Nathaniel Navdeep Ned
    Neil Neville Nicholas Nick Nicolas Nigel Nils Noah Noel Nolan Norbert Norman Normand Olaf Oliver
    Olivier Omar Orlando Oscar Otto Owen Pablo Pascal Pat Patrice Patrick Paul Percy Perry Pete
    Peter Phil Philip Philippe Pierre Preston Quentin Quinn Rafael Rahul Raj Ralph Ramon Randall
    Randy Rashid Raul Ravi Ray Raymond Recep Reed Reggie Reginald Reid Rejean Rene Rex Reza Rhys
    Ricardo Rich Richard Richie Rick Riley Rob Robbie Robert Roberto Rocco Rocky Rod Rodney Rodrigo
    Roger Roland Rolf Roman Ron Ronald Ronnie Rory Ross Rowan Roy Rudy Rupert Russ Russell Rusty
    Ryan Réal Réjean Rémi Salvador Sam Samir Sammy Samuel Sanjay Saul Scott Sean Sebastian Sebastien
    Serge Sergei Sergey Sergio Seth Shane Shaun Shawn Sheldon Sherman Sidney Silas Simon Spencer
    Stan Stanley Stefan Steffen Stephan Stephane Stephen Sterling Steve Steven Stuart Stéphane
    Sukhwinder Sunil Sven Sylvain Sébastien Tanner Tariq Taylor Ted Terrance Terrence Terry Theodore
    Thibault Thierry Thomas Tim Timothy Tobias Toby Todd Tom Tomas Tommy Tony Travis Trent Trevor
    Tristan Troy Tucker Ty Tyler Tyrone Ulrich Valentin Vern Vernon Victor Vijay Vikram Vince
    Vincent Vladimir Volodymyr Wade Walid Wallace Walter Ward Warren Wayne Wei Wendell Wes Wesley
    Wilfred Will Willard William Willie Winston Xavier Yair Yannick Yasser Yuri Yusuf Yves Yvon Zach
    Zachary Zane Zeke
");

#[rustfmt::skip]
static FEMALE: WordSet = word_set!("
    Abby Abigail Ada Adele Adriana Adrienne Agnes Aileen Aimee Aisha Alana Alanna Alberta Alejandra
    Alexa Alexandra Alexandria Alexia Alexis Alice Alicia Alina Alisha Alison Allie Allison Alma
    Alyssa Amanda Amber Amelia Amina Amy Ana Anastasia Andrea Andrée Angela Angelina Angie Anita
    Anjali Ann Anna Annalena Anne Anne-Marie Annette Annie Antoinette April Arlene Ashley Astrid
    Audrey Autumn Ava Avery Ayanna Bailey Barbara Beatrice Becky Belinda Bernadette Bernice Beth
    Bethany Betsy Betty Beverly Beyonce Bianca Blanche Bonnie Brenda Brianna Bridget Bridgette
    Brigitte Britney Brittany Brittney Brooke Caitlin Caitlyn Callie Camila Camille Candace Candice
    Cara Carissa Carla Carly Carmela Carmen Carol Carole Carolina Caroline Carolyn Carrie Casey
    Cassandra Cassidy Catalina Catherine Cathy Cecilia Celeste Celia Chantal Charlene Charlotte
    Charmaine Chelsea Cherie Cheryl Chloe Chris Christa Christina Christine Christy Chrystia Ciara
    Cierra Cindy Claire Clara Clarissa Claudette Claudia Claudine Colleen Connie Constance Cora
    Corinne Courtney Cristina Crystal Cynthia Dahlia Daisy Dana Danielle Daphne Darian Darlene Dawn
    Deanna Debbie Deborah Debra Deepa Deirdre Delia Della Delores Dena Denise Desiree Diana Diane
    Dianne Dilma Dina Dolores Dominique Donna Doreen Doris Dorothea Dorothy Edith Edna Eileen Elaina
    Elaine Eleanor Elena Eliana Elisabeth Elise Eliza Elizabeth Ella Ellen Ellie Eloise Elsa Elsie
    Emilia Emilie Emily Emma Erica Erika Erin Esme Estelle Esther Ethel Eugenia Eunice Eva
    Evangeline Evelyn Faith Farah Fatima Felicia Fern Fiona Florence Frances Francesca Francine
    Gabby Gabriela Gabrielle Gail Genevieve Geneviève Georgia Georgina Geraldine Gillian Gina
    Ginette Ginger Giorgia Giulia Gladys Glenda Gloria Golda Grace Greta Gretchen Gurleen Guylaine
    Gwen Gwendolyn Hailey Haley Hana Hanan Hannah Harper Harpreet Harriet Hazel Heather Heidi Helen
    Helena Henrietta Hilary Hillary Holly Hope Huckabee Huguette Ida Ilhan Imogen Indira Ines Ingrid
    Irene Iris Isabel Isabella Isabelle Isla Ivanka Ivy Jacinda Jackie Jacqueline Jada Jade Jamie
    Jane Janelle Janet Janice Janine Jasmine Jaspreet Jean Jeanette Jeanne Jeannie Jen Jenifer Jenna
    Jennifer Jenny Jessica Jessie Jill Jillian Joan Joanna Joanne Jocelyn Jocelyne Jodie Jody
    Johanna Johanne Jolene Jordan Jordana Josephine Josie Josée Joy Joyce Juanita Judi Judith Judy
    Julia Juliana Julianne Julie Juliet June Justine Kaitlyn Kamala Kara Karen Kari Karina Karla
    Kasey Kate Katelyn Katharine Katherine Kathleen Kathrine Kathryn Kathy Katie Katrina Katy Kay
    Kayla Kelli Kellie Kelly Kellyanne Kelsey Kendall Kendra Kerry Kiara Kim Kimberly Kiran Kirsten
    Kirstjen Kirsty Krista Kristen Kristi Kristin Kristina Kristy Kyla Lacey Lana Lara Larissa
    Latoya Laura Laurel Lauren Laurie Layla Leah Leanne Leigh Leila Lena Leona Leslie Leticia Lila
    Liliya Lillian Lily Lina Linda Lindsay Lindsey Lindy Line Lisa Lise Liz Lois Lorena Loretta Lori
    Lorraine Louisa Louise Luann Lucia Lucie Lucille Lucy Luisa Lydia Lyn Lynda Lyne Lynn Lynne
    Mabel Mackenzie Madeleine Madeline Madison Mae Maggie Malia Mallory Mandy Manon Manpreet Mara
    Marcia Margaret Margo Marguerite Maria Mariah Mariam Marian Marianne Maribel Marie Marie-Claude
    Marie-Eve Marie-France Marie-Josée Marie-Ève Marilyn Marina Marine Marion Marisa Marissa
    Marjorie Marla Marlene Marsha Marta Martha Martine Mary Maryam Maryse Maureen Mavis Maxine May
    Maya Meena Megan Meghan Mei Melania Melanie Melinda Melissa Mercedes Meredith Meryl Mia Michaela
    Micheline Michelle Mila Mildred Millie Mindy Miranda Mireille Miriam Misty Molly Mona Monica
    Monique Morgan Morgane Muriel Myra Mélanie Mélissa Nadia Nadine Nancy Naomi Natalie Natasha
    Nathalie Navjot Neha Nell Nellie Nia Nicola Nicole Nikki Nina Noelle Noor Nora Norma Nour Odette
    Olga Olivia Opal Oprah Paige Pam Pamela Pat Patrice Patricia Patsy Paula Pauline Pearl Peggy
    Penny Petra Philippa Phyllis Pierrette Piper Polly Pooja Priscilla Priya Rachel Rae Ramona Rani
    Rania Raquel Rashida Raymonde Reba Rebecca Regina Rena Renee Rhonda Rita Roberta Robin Robyn
    Rochelle Rosa Rosalie Rosalind Rose Rosemary Rosie Rowena Roxanne Ruby Ruth Sabrina Sadie Sally
    Salma Samantha Samira Sana Sandra Sara Sarah Sasha Savannah Selena Serena Shana Shannon Sharon
    Shauna Shawna Sheila Shelby Shelley Sherri Sherry Shirley Shona Shreya Sienna Sigrid Simone
    Simran Sofia Solange Sonia Sonya Sophia Sophie Stacey Stacy Stella Stephanie Sue Summer Sunita
    Susan Susanne Suzanne Suzette Sydney Sylvia Sylvie Tabitha Tamara Tammy Tania Tanya Tara Tatiana
    Taylor Teresa Tess Tessa Thelma Theresa Therese Thérèse Tiffany Tina Toni Tonya Tori Tracy
    Tricia Trudy Tulsi Tzipi Ursula Valentina Valeria Valerie Vanessa Vera Veronica Veronique Vicki
    Vickie Vicky Victoria Viola Violet Virginia Vivian Véronique Wanda Wendy Whitney Willa Wilma
    Yasmin Yolanda Yolande Yuki Yvette Yvonne Zainab Zara Zelda Zoe Émilie
");

/// The gender a given name usually goes with, if it is a common one; none for a name on both
/// lists (Kim, Jean).
pub(crate) fn gender(first: &str) -> Option<Gender> {
    match (MALE.contains(first), FEMALE.contains(first)) {
        (true, false) => Some(Gender::Male),
        (false, true) => Some(Gender::Female),
        _ => None,
    }
}

/// Whether the word is a common given name of either gender.
pub(crate) fn is_first_name(word: &str) -> bool {
    MALE.contains(word) || FEMALE.contains(word)
}

/// The searched lists, by name, for the lexicon's test that no list repeats a word.
#[cfg(test)]
pub(super) fn lists() -> Vec<(&'static str, &'static str)> {
    vec![("MALE", MALE.list), ("FEMALE", FEMALE.list)]
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
