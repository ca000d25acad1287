sitrepSearchData("terms/t-the",{"theater":"FFSl8GONh8","themselves":"HPMi8","then":"x-Cf8","theyve":"PYE6x0"});
