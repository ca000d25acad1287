sitrepSearchData("terms/t-bec",{"became":"x-Cf8","become":"FFSl8yFVt8","becoming":"HPMi8"});
