sitrepSearchData("terms/t-23",{"23":"FFSl8yFVtgEETk8BRJfa"});
