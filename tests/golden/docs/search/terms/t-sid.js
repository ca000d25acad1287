sitrepSearchData("terms/t-sid",{"side":"FFSl8GONh8","sides":"FFSloGONh8BRJf8"});
