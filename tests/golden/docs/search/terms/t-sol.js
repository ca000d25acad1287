sitrepSearchData("terms/t-sol",{"soldiers":"FFSl8yFVtx0EETkg","soledar":"FFSl8SQUe6","solution":"FFSl8"});
