sitrepSearchData("terms/t-you",{"you":"HPMi8EETko","youre":"PYE6o"});
