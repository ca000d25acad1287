sitrepSearchData("terms/t-wee",{"week":"HPMi8EETk8","weeks":"FFSl8GONhg"});
