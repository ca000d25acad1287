sitrepSearchData("terms/t-ass",{"assault":"JzHiaCUYk8","assets":"HPMi8","assistance":"FFSl8"});
