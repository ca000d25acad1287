sitrepSearchData("terms/t-one",{"one":"FFSl8yFVtgEETk8","ones":"FFSl8"});
