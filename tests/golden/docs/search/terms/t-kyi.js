sitrepSearchData("terms/t-kyi",{"kyiv":"FFSl8BBLn6EAEo8"});
