//! Common given names and the gender they usually go with, used only as a hint when the article
//! itself gives none (a title such as `Ms.` or a later `she` outweighs it).

use super::words::Gender;
use std::collections::HashMap;
use std::sync::OnceLock;

const MALE: &str = "Aaron Abdul Adam Adrian Ahmed Alan Albert Alex Alexander Alexei Ali Andre Andrei \
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
Recep Emmanuel Kwame Kofi Ahmad Yusuf Ibrahim Mustafa Khalid Tariq Benny Bibi Naftali Yair Avi Moshe";

const FEMALE: &str = "Abby Abigail Ada Adriana Aileen Alexa Alexandra Alexis Alice Alicia Alison \
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
Nikki Sarah Huckabee Dana Kellyanne Ivanka Melinda Oprah Beyonce Taylor";

/// `Some(gender)` for a name on one list, `None` for a name on both (Kim, Jean).
fn table() -> &'static HashMap<&'static str, Option<Gender>> {
    static TABLE: OnceLock<HashMap<&'static str, Option<Gender>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::new();
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
